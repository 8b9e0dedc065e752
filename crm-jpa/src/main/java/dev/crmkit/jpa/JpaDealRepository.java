package dev.crmkit.jpa;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import dev.crmkit.core.tag.TaggableKind;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/** Deals over JPA; one per unit of work. */
final class JpaDealRepository extends JpaListingRepository<Deal, DealEntity, DealQuery> implements DealRepository {

    JpaDealRepository(EntityManager em) {
        super(em, DealEntity.class, DealEntity::new, JdbcBatchInserts::deals);
    }

    @Override
    JpqlFilter filter(DealQuery query) {
        JpqlFilter filter = new JpqlFilter();
        filter.andIfGiven("e.pipelineId = :pipelineId", "pipelineId", query.pipelineId());
        filter.andIfGiven("e.status = :status", "status", query.status());
        filter.andIfGiven("e.contactId = :contactId", "contactId", query.contactId());
        filter.andIfGiven("e.companyId = :companyId", "companyId", query.companyId());
        filter.andIfGiven("e.amount >= :minAmount", "minAmount", query.minAmount());
        filter.andIfGiven("e.amount <= :maxAmount", "maxAmount", query.maxAmount());
        filter.andIfGiven("e.currency = :currency", "currency", query.currency());
        if (query.outcome() != null) {
            filter.and(
                    "exists (select 1 from " + PipelineEntity.NAME + " p join p.stages s"
                            + " where p.id = e.pipelineId and key(s) = e.status and s.outcome = :outcome)",
                    "outcome",
                    query.outcome().name());
        }
        return tagged(filter, TaggableKind.DEAL, query.tags(), query.customFields());
    }

    @Override
    public List<Deal> findByTitles(Collection<String> titles) {
        return findWhereIn("title", titles);
    }
}
