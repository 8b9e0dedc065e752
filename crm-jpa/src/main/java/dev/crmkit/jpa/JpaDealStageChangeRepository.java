package dev.crmkit.jpa;

import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealStageChangeQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.DealStageChangeRepository;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Deals' stage history over JPA; one per unit of work. */
final class JpaDealStageChangeRepository extends JpaAggregateRepository<DealStageChange, DealStageChangeEntity>
        implements DealStageChangeRepository {

    JpaDealStageChangeRepository(EntityManager em) {
        super(em, DealStageChangeEntity.class, DealStageChangeEntity::new);
    }

    @Override
    public Page<DealStageChange> find(DealStageChangeQuery query) {
        return page(new JpqlFilter().andIn("dealId", "dealIds", List.copyOf(query.dealIds())), query.page());
    }
}
