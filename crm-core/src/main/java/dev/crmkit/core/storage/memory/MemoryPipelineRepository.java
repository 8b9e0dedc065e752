package dev.crmkit.core.storage.memory;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.StageTotal;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.PipelineRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pipelines with their stages in memory; stages read back in position order. */
final class MemoryPipelineRepository extends MemoryRepository<Pipeline> implements PipelineRepository {

    MemoryPipelineRepository(InMemoryUnitOfWork work) {
        // Its rule needs the row in the tables first: see check.
        super(work, Table.PIPELINE, Pipeline::withIdentity, (tables, row) -> {});
    }

    @Override
    public Page<Pipeline> find(PipelineQuery query) {
        return page(pipeline -> true, query.page());
    }

    /** Grouped by stage key, then currency code, as the SQL adapters order them. */
    @Override
    public List<StageTotal> stageTotals(long pipelineId) {
        Map<String, Map<String, List<Money>>> groups = new TreeMap<>();
        for (Deal deal : work.read().deals.values()) {
            if (deal.pipelineId() == pipelineId) {
                groups.computeIfAbsent(deal.status(), key -> new TreeMap<>())
                        .computeIfAbsent(deal.value().currency().getCurrencyCode(), code -> new ArrayList<>())
                        .add(deal.value());
            }
        }
        List<StageTotal> totals = new ArrayList<>();
        groups.forEach((stage, byCurrency) -> byCurrency.forEach((code, values) -> {
            BigDecimal sum = values.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            Money total = new Money(sum, values.get(0).currency());
            totals.add(new StageTotal(stage, total.currency(), values.size(), total.amount()));
        }));
        return totals;
    }

    /** Like the schema's foreign keys from deals to their pipeline and stage: refused while deals need them. */
    @Override
    protected void check(Tables tables, Pipeline row) {
        Pipeline before = tables.pipelines.put(row.id(), row);
        try {
            tables.requireDealsKept(row.id());
        } finally {
            if (before == null) {
                tables.pipelines.remove(row.id());
            } else {
                tables.pipelines.put(row.id(), before);
            }
        }
    }

    @Override
    protected void afterDelete(Tables tables, long id) {
        tables.requireDealsKept(id);
    }
}
