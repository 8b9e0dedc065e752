package dev.crmkit.core.deal;

import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortDirection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which stage changes to return: those of some deals, newest first by default.
 *
 * @param dealIds the changes of these deals; empty means every deal
 * @param page sort, limit, cursor and total
 */
public record DealStageChangeQuery(Set<Long> dealIds, PageRequest<DealStageChangeSort> page)
        implements PagedQuery<DealStageChangeQuery, DealStageChangeSort> {

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

    @Override
    public DealStageChangeQuery withPage(PageRequest<DealStageChangeSort> page) {
        return new DealStageChangeQuery(dealIds, page);
    }
}
