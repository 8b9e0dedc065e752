package dev.crmkit.core.storage;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;

/** Persists activities; owned by a {@link UnitOfWork}. */
public interface ActivityRepository extends ListingRepository<Activity, ActivityQuery> {

    @Override
    default String entity() {
        return "activity";
    }
}
