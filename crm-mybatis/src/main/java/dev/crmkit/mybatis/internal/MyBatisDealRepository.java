package dev.crmkit.mybatis.internal;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import dev.crmkit.mybatis.internal.DealMapper.DealFilter;
import dev.crmkit.mybatis.internal.DealMapper.DealRow;
import java.util.Collection;
import java.util.List;

/** Deals through {@link DealMapper}: one statement per operation, two for a page with its total. */
final class MyBatisDealRepository extends MyBatisQueryRepository<Deal, DealRow, DealRow, DealFilter, DealMapper>
        implements DealRepository {

    private final JdbcBatchInserts batch;
    private final Dialect dialect;

    MyBatisDealRepository(DealMapper mapper, JdbcBatchInserts batch, Dialect dialect) {
        super(mapper, DealRow::of, DealRow::toDeal, Deal::withIdentity);
        this.batch = batch;
        this.dialect = dialect;
    }

    @Override
    public Page<Deal> find(DealQuery query) {
        return page(
                query.page(),
                new DealFilter(
                        query.pipelineId(),
                        query.status(),
                        query.contactId(),
                        query.minAmount(),
                        query.maxAmount(),
                        query.currency(),
                        query.outcome() == null ? null : query.outcome().name(),
                        query.companyId(),
                        query.tags(),
                        CustomFieldCondition.of(dialect, query.customFields())));
    }

    /** One JDBC batch on the session's connection (see {@link JdbcBatchInserts}). */
    @Override
    public List<Deal> insertAll(List<Deal> records) {
        return batch.deals(records);
    }

    @Override
    public List<Deal> findByTitles(Collection<String> titles) {
        if (titles.isEmpty()) {
            return List.of();
        }
        batch.beforeLookups();
        return Edge.call(() -> mapper.findByTitles(titles)).stream()
                .map(DealRow::toDeal)
                .toList();
    }
}
