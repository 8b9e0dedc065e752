package dev.crmkit.core.storage;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.Pages;
import java.util.List;

/**
 * A repository whose aggregate is listed by one query record: a page at a time with {@link #find},
 * or all of it with {@link #findAll}. An adapter implements {@code find} only.
 *
 * @param <T> the aggregate's record
 * @param <Q> the aggregate's query
 */
public interface ListingRepository<T extends CrmRecord, Q extends PagedQuery<Q, ?>> extends CrmRepository<T> {

    /**
     * One page of the records matching the query, in its order.
     *
     * @param query filters, sort and page
     * @return the page
     */
    Page<T> find(Q query);

    /**
     * {@return every record the query matches, read page by page in the query's order before the caller changes any}
     *
     * @param query filters and sort; its limit and cursor are ignored
     */
    default List<T> findAll(Q query) {
        return Pages.all(cursor -> find(query.limit(PageRequest.MAX_LIMIT).after(cursor)));
    }
}
