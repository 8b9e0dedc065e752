package dev.crmkit.core.deal;

import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which stage changes to return: those of some deals, newest first by default.
 *
 * @param dealIds the changes of these deals; empty means every deal
 * @param page sort, limit, cursor and total
 */
public record DealStageChangeQuery(Set<Long> dealIds, PageRequest<DealStageChangeSort> page) {

    /**
     * Copies the ids.
     *
     * @param dealIds the deals; empty for every deal
     * @param page the sort, limit, cursor and total
     */
    public DealStageChangeQuery {
        dealIds = Set.copyOf(new TreeSet<>(dealIds));
        Objects.requireNonNull(page, "page");
    }

    /**
     * {@return the changes of these deals, newest first}
     *
     * @param dealIds the deals; empty for every deal
     */
    public static DealStageChangeQuery ofDeals(Set<Long> dealIds) {
        return new DealStageChangeQuery(dealIds, PageRequest.first(DealStageChangeSort.CHANGED_AT, SortDirection.DESC));
    }

    /**
     * This query with another page request.
     *
     * @param page the sort, limit, cursor and total
     * @return a copy of this query with the change
     */
    public DealStageChangeQuery withPage(PageRequest<DealStageChangeSort> page) {
        return new DealStageChangeQuery(dealIds, page);
    }

    /**
     * At most {@code limit} rows per page.
     *
     * @param limit rows per page, 1 to 500
     * @return a copy of this query with the change
     */
    public DealStageChangeQuery limit(int limit) {
        return withPage(page.withLimit(limit));
    }

    /**
     * Continues after the page that returned {@code cursor}.
     *
     * @param cursor the cursor of the previous page, or {@code null} for the first page
     * @return a copy of this query with the change
     */
    public DealStageChangeQuery after(@Nullable String cursor) {
        return withPage(page.withCursor(cursor));
    }
}
