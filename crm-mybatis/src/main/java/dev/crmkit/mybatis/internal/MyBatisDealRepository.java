package dev.crmkit.mybatis.internal;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealRepository;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.mybatis.internal.DealMapper.DealFilter;
import dev.crmkit.mybatis.internal.DealMapper.DealRow;
import java.util.List;
import java.util.Optional;

/** Deals through {@link DealMapper}: one statement per operation, two for a page with its total. */
final class MyBatisDealRepository implements DealRepository {

    private static final String ENTITY = "deal";

    private final DealMapper mapper;

    MyBatisDealRepository(DealMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Deal> findById(long id) {
        return Edge.call(() -> Optional.ofNullable(mapper.findById(id)).map(DealRow::toDeal));
    }

    @Override
    public boolean existsById(long id) {
        return Edge.call(() -> mapper.countById(id) > 0);
    }

    @Override
    public Deal insert(Deal deal) {
        return Edge.call(() -> {
            GeneratedKey key = new GeneratedKey();
            mapper.insert(DealRow.of(deal), key);
            return stored(deal, key.getId(), 0);
        });
    }

    @Override
    public Deal update(Deal deal) {
        return Edge.call(() -> {
            if (mapper.update(DealRow.of(deal)) == 0) {
                throw Writes.staleOrMissing(ENTITY, deal.id(), deal.version(), mapper.lockById(deal.id()) != null);
            }
            return stored(deal, deal.id(), deal.version() + 1);
        });
    }

    @Override
    public boolean deleteById(long id) {
        return Edge.call(() -> mapper.deleteById(id) > 0);
    }

    @Override
    public Page<Deal> find(DealQuery query) {
        return Edge.call(() -> {
            PageRequest<DealSort> page = query.page();
            DealFilter filter = new DealFilter(query.pipelineId(), query.status(), query.contactId(),
                    query.minAmount(), query.maxAmount(), query.currency(),
                    query.outcome() == null ? null : query.outcome().name());
            List<Deal> rows = mapper.find(filter, PageSql.of(page)).stream()
                    .map(DealRow::toDeal)
                    .toList();
            return Page.of(rows, page, page.withTotal() ? mapper.count(filter) : null);
        });
    }

    private static Deal stored(Deal d, long id, long version) {
        return new Deal(id, d.title(), d.description(), d.value(), d.pipelineId(), d.status(), d.contactId(),
                d.expectedCloseDate(), d.closedAt(), d.lostReason(),
                d.createdAt(), d.updatedAt(), version);
    }
}
