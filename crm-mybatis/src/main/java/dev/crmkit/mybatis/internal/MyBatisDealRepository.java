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
    public boolean lockById(long id) {
        return Edge.call(() -> mapper.lockById(id) != null);
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
            List<Deal> rows = mapper.find(filter, PageSql.of(page, column(page.sort()))).stream()
                    .map(DealRow::toDeal)
                    .toList();
            return Page.of(rows, page, page.withTotal() ? mapper.count(filter) : null);
        });
    }

    /** The allow-list: sort field to column. */
    private static String column(DealSort sort) {
        return switch (sort) {
            case ID -> "id";
            case TITLE -> "title";
            case AMOUNT -> "amount";
            case EXPECTED_CLOSE_DATE -> "expected_close_date";
            case CREATED_AT -> "created_at";
            case UPDATED_AT -> "updated_at";
        };
    }

    private static Deal stored(Deal d, long id, long version) {
        return new Deal(id, d.title(), d.description(), d.value(), d.pipelineId(), d.status(), d.contactId(),
                d.expectedCloseDate(), d.closedAt() == null ? null : Writes.stored(d.closedAt()), d.lostReason(),
                Writes.stored(d.createdAt()), Writes.stored(d.updatedAt()), version);
    }
}
