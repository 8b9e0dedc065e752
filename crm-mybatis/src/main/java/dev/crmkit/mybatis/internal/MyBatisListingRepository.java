package dev.crmkit.mybatis.internal;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortField;
import dev.crmkit.core.storage.ListingRepository;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The base of a repository listed by one query record ({@link ListingRepository}): {@link #find}
 * is written here once, and an aggregate's repository only turns its query into the mapper's
 * filter. One instance per unit of work; not thread-safe.
 *
 * @param <T> the record
 * @param <W> the row shape the mapper writes
 * @param <R> the row shape it reads
 * @param <F> the filter
 * @param <Q> the aggregate's query
 * @param <M> the aggregate's mapper
 */
abstract class MyBatisListingRepository<
                T extends CrmRecord,
                W,
                R,
                F,
                Q extends PagedQuery<Q, ? extends SortField<T>>,
                M extends QueryMapper<W, R, F>>
        extends MyBatisQueryRepository<T, W, R, F, M> implements ListingRepository<T, Q> {

    MyBatisListingRepository(M mapper, Function<T, W> toRow, Function<R, T> fromRow, Stored<T> stored) {
        super(mapper, toRow, fromRow, stored);
    }

    /** @param bulk how an import inserts and looks up many records at once; null for one at a time */
    MyBatisListingRepository(
            M mapper, Function<T, W> toRow, Function<R, T> fromRow, Stored<T> stored, @Nullable Bulk<T> bulk) {
        super(mapper, toRow, fromRow, stored, bulk);
    }

    @Override
    public final Page<T> find(Q query) {
        return page(query.page(), filter(query));
    }

    /** {@return the mapper's filter for what {@code query} asks} */
    abstract F filter(Q query);
}
