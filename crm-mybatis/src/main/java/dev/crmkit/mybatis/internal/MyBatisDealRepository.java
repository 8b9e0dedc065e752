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
final class MyBatisDealRepository extends MyBatisBulkRepository<Deal, DealRow, DealRow, DealFilter, DealMapper>
        implements DealRepository {

    private final Dialect dialect;

    MyBatisDealRepository(DealMapper mapper, JdbcBatchInserts batch, Dialect dialect) {
        super(mapper, DealRow::of, DealRow::toDeal, Deal::withIdentity, batch, JdbcBatchInserts::deals);
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

    @Override
    public List<Deal> findByTitles(Collection<String> titles) {
        return findWhereIn(titles, mapper::findByTitles);
    }
}
