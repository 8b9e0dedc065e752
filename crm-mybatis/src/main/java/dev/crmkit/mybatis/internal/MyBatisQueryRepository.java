package dev.crmkit.mybatis.internal;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortField;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The base of a repository over a {@link QueryMapper}: the read by id and a page with its total
 * are written here once, each through {@link Edge}; an aggregate's repository only builds its
 * filter. One instance per unit of work; not thread-safe.
 *
 * @param <T> the record
 * @param <W> the row shape the mapper writes
 * @param <R> the row shape it reads
 * @param <F> the filter
 * @param <M> the aggregate's mapper
 */
abstract class MyBatisQueryRepository<T extends CrmRecord, W, R, F, M extends QueryMapper<W, R, F>>
        extends MyBatisAggregateRepository<T, W, M> {

    private final Function<R, T> fromRow;
    private final @Nullable Bulk<T> bulk;

    MyBatisQueryRepository(M mapper, Function<T, W> toRow, Function<R, T> fromRow, Stored<T> stored) {
        this(mapper, toRow, fromRow, stored, null);
    }

    /** @param bulk how an import inserts and looks up many records at once; null for one at a time */
    MyBatisQueryRepository(
            M mapper, Function<T, W> toRow, Function<R, T> fromRow, Stored<T> stored, @Nullable Bulk<T> bulk) {
        super(mapper, toRow, stored);
        this.fromRow = fromRow;
        this.bulk = bulk;
    }

    /** As one JDBC batch when the repository has a {@link Bulk}, else one insert per record. */
    @Override
    public List<T> insertAll(List<T> records) {
        return bulk == null ? super.insertAll(records) : bulk.insertAll(records);
    }

    /** {@return the records a mapper's lookup finds for these keys, in one statement: see {@link Bulk}} */
    final List<T> findWhereIn(Collection<String> keys, Function<Collection<String>, List<R>> lookup) {
        return Objects.requireNonNull(bulk, "bulk").findWhereIn(keys, lookup).stream()
                .map(fromRow)
                .toList();
    }

    @Override
    public Optional<T> findById(long id) {
        return findOne(() -> mapper.findById(id));
    }

    /** {@return the record a mapper's single-row read finds, if it finds one} */
    final Optional<T> findOne(Supplier<@Nullable R> read) {
        return Edge.call(() -> Optional.ofNullable(read.get()).map(fromRow));
    }

    /** The page {@code request} asks for among the rows {@code filter} matches: one statement, two with the total. */
    final Page<T> page(PageRequest<? extends SortField<T>> request, F filter) {
        return Edge.call(() -> {
            List<T> rows = mapper.find(filter, PageSql.of(request)).stream()
                    .map(fromRow)
                    .toList();
            return Page.of(rows, request, request.withTotal() ? mapper.count(filter) : null);
        });
    }
}
