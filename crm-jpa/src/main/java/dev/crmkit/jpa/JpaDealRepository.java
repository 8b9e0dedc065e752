package dev.crmkit.jpa;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealRepository;
import dev.crmkit.core.query.Page;
import jakarta.persistence.EntityManager;

/** Deals over JPA; one per unit of work. */
final class JpaDealRepository extends JpaAggregateRepository<Deal, DealEntity> implements DealRepository {

    JpaDealRepository(EntityManager em) {
        super(em, DealEntity.class, DealEntity::new);
    }

    @Override
    public Page<Deal> find(DealQuery query) {
        return page(filter(query), query.page());
    }

    private static JpqlFilter filter(DealQuery query) {
        JpqlFilter filter = new JpqlFilter();
        if (query.pipelineId() != null) {
            filter.and("e.pipelineId = :pipelineId", "pipelineId", query.pipelineId());
        }
        if (query.status() != null) {
            filter.and("e.status = :status", "status", query.status());
        }
        if (query.contactId() != null) {
            filter.and("e.contactId = :contactId", "contactId", query.contactId());
        }
        if (query.minAmount() != null) {
            filter.and("e.amount >= :minAmount", "minAmount", query.minAmount());
        }
        if (query.maxAmount() != null) {
            filter.and("e.amount <= :maxAmount", "maxAmount", query.maxAmount());
        }
        if (query.currency() != null) {
            filter.and("e.currency = :currency", "currency", query.currency());
        }
        if (query.outcome() != null) {
            filter.and("exists (select 1 from " + PipelineEntity.NAME + " p join p.stages s"
                    + " where p.id = e.pipelineId and key(s) = e.status and s.outcome = :outcome)",
                    "outcome", query.outcome().name());
        }
        return filter;
    }
}
