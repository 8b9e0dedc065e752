package dev.crmkit.jpa;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.storage.ActivityRepository;
import jakarta.persistence.EntityManager;

/** Activities over JPA; one per unit of work. */
final class JpaActivityRepository extends JpaListingRepository<Activity, ActivityEntity, ActivityQuery>
        implements ActivityRepository {

    JpaActivityRepository(EntityManager em) {
        super(em, ActivityEntity.class, ActivityEntity::new);
    }

    @Override
    JpqlFilter filter(ActivityQuery query) {
        return new JpqlFilter()
                .andIn(
                        "type",
                        "types",
                        query.types().stream().map(ActivityType::key).sorted().toList())
                .andIfGiven("e.contactId = :contactId", "contactId", query.contactId())
                .andIfGiven("e.companyId = :companyId", "companyId", query.companyId())
                .andIfGiven("e.dealId = :dealId", "dealId", query.dealId());
    }
}
