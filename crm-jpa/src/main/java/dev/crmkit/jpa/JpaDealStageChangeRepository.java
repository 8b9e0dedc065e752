package dev.crmkit.jpa;

import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealStageChangeQuery;
import dev.crmkit.core.storage.DealStageChangeRepository;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Deals' stage history over JPA; one per unit of work. */
final class JpaDealStageChangeRepository
        extends JpaListingRepository<DealStageChange, DealStageChangeEntity, DealStageChangeQuery>
        implements DealStageChangeRepository {

    JpaDealStageChangeRepository(EntityManager em) {
        super(em, DealStageChangeEntity.class, DealStageChangeEntity::new);
    }

    @Override
    JpqlFilter filter(DealStageChangeQuery query) {
        return new JpqlFilter().andIn("dealId", "dealIds", List.copyOf(query.dealIds()));
    }
}
