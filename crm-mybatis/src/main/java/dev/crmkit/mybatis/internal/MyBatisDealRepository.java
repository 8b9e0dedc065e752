package dev.crmkit.mybatis.internal;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.mybatis.internal.DealMapper.DealFilter;
import dev.crmkit.mybatis.internal.DealMapper.DealRow;
import java.util.Collection;
import java.util.List;

/** Deals through {@link DealMapper}: one statement per operation, two for a page with its total. */
final class MyBatisDealRepository
        extends MyBatisCustomizableRepository<Deal, DealRow, DealRow, DealFilter, DealQuery, DealMapper>
        implements DealRepository {

    MyBatisDealRepository(DealMapper mapper, Bulk<Deal> bulk, Dialect dialect) {
        super(mapper, DealRow::of, DealRow::toDeal, Deal::withIdentity, bulk, dialect);
    }

    @Override
    DealFilter filter(DealQuery query) {
        return new DealFilter(
                query.pipelineId(),
                query.status(),
                query.contactId(),
                query.minAmount(),
                query.maxAmount(),
                query.currency(),
                query.outcome() == null ? null : query.outcome().name(),
                query.companyId(),
                tagsAndFields(query.tags(), query.customFields()));
    }

    @Override
    public List<Deal> findByTitles(Collection<String> titles) {
        return findWhereIn(titles, mapper::findByTitles);
    }
}
