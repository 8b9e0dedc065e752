package dev.crmkit.core.storage;

import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealStageChangeQuery;

/**
 * Persists deals' stage history; owned by a {@link UnitOfWork}. The rows are append-only: the
 * services only {@link #insert} them, and the schema deletes them with their deal.
 */
public interface DealStageChangeRepository extends ListingRepository<DealStageChange, DealStageChangeQuery> {

    @Override
    default String entity() {
        return "deal_stage_change";
    }
}
