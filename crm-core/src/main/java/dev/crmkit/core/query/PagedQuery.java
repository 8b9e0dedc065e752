package dev.crmkit.core.query;

import org.jspecify.annotations.Nullable;

/**
 * A query that returns pages: the sort, limit, cursor and total of its {@link PageRequest}, changed
 * on a copy. An aggregate's query record implements {@link #page()} and {@link #withPage} and gets
 * the rest; each method returns a new query and leaves this one as it was.
 *
 * @param <Q> the query itself
 * @param <S> the aggregate's sort field
 */
public interface PagedQuery<Q extends PagedQuery<Q, S>, S extends SortField<?>> {

    /** {@return the sort, limit, cursor and total} */
    PageRequest<S> page();

    /**
     * This query with another page request (sort, limit, cursor, total).
     *
     * @param page the sort, limit, cursor and total
     * @return a copy of this query with the change
     */
    Q withPage(PageRequest<S> page);

    /**
     * Sorts by {@code sort}; resets the cursor.
     *
     * @param sort the field to sort by
     * @param direction ascending or descending
     * @return a copy of this query with the change
     */
    default Q sortedBy(S sort, SortDirection direction) {
        return withPage(page().withSort(sort, direction));
    }

    /**
     * At most {@code limit} rows per page.
     *
     * @param limit rows per page, 1 to {@value PageRequest#MAX_LIMIT}
     * @return a copy of this query with the change
     */
    default Q limit(int limit) {
        return withPage(page().withLimit(limit));
    }

    /**
     * Continues after the page that returned {@code cursor}.
     *
     * @param cursor the cursor of the previous page, or {@code null} for the first page
     * @return a copy of this query with the change
     */
    default Q after(@Nullable String cursor) {
        return withPage(page().withCursor(cursor));
    }

    /**
     * Also counts every matching record.
     *
     * @return a copy of this query with the change
     */
    default Q withTotal() {
        return withPage(page().withTotal(true));
    }
}
