package dev.crmkit.mybatis.internal;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortField;
import dev.crmkit.core.schema.Dialect;
import java.util.List;
import java.util.function.Function;

/**
 * The base of a repository whose records carry tags and custom fields (contacts, companies,
 * deals): their query's tag and custom field filters become SQL of the database's dialect here,
 * once. One instance per unit of work; not thread-safe.
 *
 * @param <T> the record
 * @param <W> the row shape the mapper writes
 * @param <R> the row shape it reads
 * @param <F> the filter
 * @param <Q> the aggregate's query
 * @param <M> the aggregate's mapper
 */
abstract class MyBatisCustomizableRepository<
                T extends CrmRecord,
                W,
                R,
                F,
                Q extends PagedQuery<Q, ? extends SortField<T>>,
                M extends QueryMapper<W, R, F>>
        extends MyBatisListingRepository<T, W, R, F, Q, M> {

    private final Dialect dialect;

    /** @param dialect the database's, for the custom field conditions; an import stores records one at a time */
    MyBatisCustomizableRepository(
            M mapper, Function<T, W> toRow, Function<R, T> fromRow, Stored<T> stored, Dialect dialect) {
        super(mapper, toRow, fromRow, stored);
        this.dialect = dialect;
    }

    /**
     * @param bulk how an import inserts and looks up many records at once
     * @param dialect the database's, for the custom field conditions
     */
    MyBatisCustomizableRepository(
            M mapper, Function<T, W> toRow, Function<R, T> fromRow, Stored<T> stored, Bulk<T> bulk, Dialect dialect) {
        super(mapper, toRow, fromRow, stored, bulk);
        this.dialect = dialect;
    }

    /** {@return the filter of a query's tags and (resolved) custom field filters} */
    final TagAndFieldFilter tagsAndFields(List<String> tags, List<CustomFieldFilter> customFields) {
        return TagAndFieldFilter.of(dialect, tags, customFields);
    }
}
