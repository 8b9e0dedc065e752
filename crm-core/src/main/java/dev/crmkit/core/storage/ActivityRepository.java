package dev.crmkit.core.storage;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.Pages;
import java.util.List;

/** Persists activities; owned by a {@link UnitOfWork}. */
public interface ActivityRepository extends CrmRepository<Activity> {

    @Override
    default String entity() {
        return "activity";
    }

    /**
     * One page of the activities matching the query, in its order.
     *
     * @param query filters, sort and page
     * @return the page
     */
    Page<Activity> find(ActivityQuery query);

    /**
     * {@return every activity the query matches, read page by page before the caller changes any}
     *
     * @param query filters and sort
     */
    default List<Activity> findAll(ActivityQuery query) {
        return Pages.all(cursor -> find(query.limit(PageRequest.MAX_LIMIT).after(cursor)));
    }
}
