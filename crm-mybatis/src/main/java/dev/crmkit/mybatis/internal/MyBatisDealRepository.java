package dev.crmkit.mybatis.internal;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.mybatis.internal.DealMapper.DealFilter;
import dev.crmkit.mybatis.internal.DealMapper.DealRow;
import java.util.List;
import java.util.Optional;

/** Deals through {@link DealMapper}: one statement per operation, two for a page with its total. */
final class MyBatisDealRepository extends MyBatisAggregateRepository<Deal, DealRow, DealMapper>
        implements DealRepository {

    MyBatisDealRepository(DealMapper mapper) {
        super(
                mapper,
                DealRow::of,
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
    public Optional<Deal> findById(long id) {
        return Edge.call(() -> Optional.ofNullable(mapper.findById(id)).map(DealRow::toDeal));
    }

    @Override
    public Page<Deal> find(DealQuery query) {
        return Edge.call(() -> {
            PageRequest<DealSort> page = query.page();
            DealFilter filter = new DealFilter(
                    query.pipelineId(),
                    query.status(),
                    query.contactId(),
                    query.minAmount(),
                    query.maxAmount(),
                    query.currency(),
                    query.outcome() == null ? null : query.outcome().name());
            List<Deal> rows = mapper.find(filter, PageSql.of(page)).stream()
                    .map(DealRow::toDeal)
                    .toList();
            return Page.of(rows, page, page.withTotal() ? mapper.count(filter) : null);
        });
    }
}
