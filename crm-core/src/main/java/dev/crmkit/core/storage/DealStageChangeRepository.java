package dev.crmkit.core.storage;

import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealStageChangeQuery;
import dev.crmkit.core.query.Page;

/**
 * Persists deals' stage history; owned by a {@link UnitOfWork}. The rows are append-only: the
 * services only {@link #insert} them, and the schema deletes them with their deal.
 */
public interface DealStageChangeRepository extends CrmRepository<DealStageChange> {

    @Override
    default String entity() {
        return "deal_stage_change";
    }

    /**
     * One page of the stage changes matching the query, in its order.
     *
     * @param query the deals, sort and page
     * @return the page
     */
    Page<DealStageChange> find(DealStageChangeQuery query);
}
