package dev.crmkit.core.storage.memory;

import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealStageChangeQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.DealStageChangeRepository;
import dev.crmkit.core.storage.memory.Tables.Table;

/** Deals' stage history in memory. */
final class MemoryDealStageChangeRepository extends MemoryRepository<DealStageChange>
        implements DealStageChangeRepository {

    MemoryDealStageChangeRepository(InMemoryUnitOfWork work) {
        super(work, Table.STAGE_CHANGE, DealStageChange::withIdentity, Tables::requireReferences);
    }

    @Override
    public Page<DealStageChange> find(DealStageChangeQuery query) {
        return page(change -> query.dealIds().isEmpty() || query.dealIds().contains(change.dealId()), query.page());
    }
}
