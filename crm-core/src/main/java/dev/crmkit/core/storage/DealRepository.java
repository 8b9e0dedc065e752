package dev.crmkit.core.storage;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.service.DealService;
import java.util.Collection;
import java.util.List;

/**
 * Persists deals; owned by a {@link dev.crmkit.core.storage.UnitOfWork}. Deleting the row leaves
 * the deal's tasks to {@link DealService}, which detaches them first (the schema's foreign key
 * does the same, only as a safety net).
 */
public interface DealRepository extends CrmRepository<Deal> {

    @Override
    default String entity() {
        return "deal";
    }

    /**
     * One page of the deals matching the query, in its order. The {@code outcome} filter is the
     * outcome of the deal's stage in its pipeline.
     *
     * @param query filters, sort and page
     * @return the page of deals
     */
    Page<Deal> find(DealQuery query);

    /**
     * {@return every deal the query matches, read page by page in the query's order before the caller changes any}
     *
     * @param query filters, sort and page
     */
    default List<Deal> findAll(DealQuery query) {
        return Pages.all(cursor -> find(query.limit(PageRequest.MAX_LIMIT).after(cursor)));
    }

    /**
     * {@return the deals whose title is exactly one of these, in no particular order}: how an
     * import finds the stored deal a row describes.
     *
     * @param titles the titles, at most {@link PageRequest#MAX_LIMIT}
     */
    List<Deal> findByTitles(Collection<String> titles);
}
