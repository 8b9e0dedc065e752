package dev.crmkit.mybatis.internal;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.mybatis.internal.DealMapper.DealFilter;
import dev.crmkit.mybatis.internal.DealMapper.DealRow;

/** Deals through {@link DealMapper}: one statement per operation, two for a page with its total. */
final class MyBatisDealRepository extends MyBatisQueryRepository<Deal, DealRow, DealRow, DealFilter, DealMapper>
        implements DealRepository {

    MyBatisDealRepository(DealMapper mapper) {
        super(
                mapper,
                DealRow::of,
                DealRow::toDeal,
                (d, id, version) -> new Deal(
                        id,
                        d.title(),
                        d.description(),
                        d.value(),
                        d.pipelineId(),
                        d.status(),
                        d.contactId(),
                        d.expectedCloseDate(),
                        d.closedAt(),
                        d.lostReason(),
                        d.createdAt(),
                        d.updatedAt(),
                        version));
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
                        query.tags()));
    }
}
