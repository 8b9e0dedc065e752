package dev.crmkit.core.storage;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.service.DealService;

/**
 * Persists deals; owned by a {@link dev.crmkit.core.storage.UnitOfWork}. Deleting the row leaves
 * the deal's tasks to {@link DealService}, which detaches them first (the schema's foreign key
 * does the same, only as a safety net). The {@code outcome} filter of {@link #find} is the outcome
 * of the deal's stage in its pipeline.
 */
public interface DealRepository extends ListingRepository<Deal, DealQuery>, TitledRepository<Deal> {

    @Override
    default String entity() {
        return "deal";
    }
}
