package dev.crmkit.mybatis.internal;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The base of a repository whose records are inserted in bulk as one JDBC batch on the session's
 * connection ({@link JdbcBatchInserts}) and looked up in bulk by a key an import reads (emails,
 * titles). One instance per unit of work; not thread-safe.
 *
 * @param <T> the record
 * @param <W> the row shape the mapper writes
 * @param <R> the row shape it reads
 * @param <F> the filter
 * @param <M> the aggregate's mapper
 */
abstract class MyBatisBulkRepository<T extends CrmRecord, W, R, F, M extends QueryMapper<W, R, F>>
        extends MyBatisQueryRepository<T, W, R, F, M> {

    /** How an aggregate's records go into one JDBC batch. */
    @FunctionalInterface
    interface BulkInsert<T> {
        /** {@return the records as stored, in the given order} */
        List<T> insert(JdbcBatchInserts batch, List<T> records);
    }

    private final Function<R, T> fromRow;
    private final JdbcBatchInserts batch;
    private final BulkInsert<T> bulkInsert;

    MyBatisBulkRepository(
            M mapper,
            Function<T, W> toRow,
            Function<R, T> fromRow,
            Stored<T> stored,
            JdbcBatchInserts batch,
            BulkInsert<T> bulkInsert) {
        super(mapper, toRow, fromRow, stored);
        this.fromRow = fromRow;
        this.batch = batch;
        this.bulkInsert = bulkInsert;
    }

    @Override
    public List<T> insertAll(List<T> records) {
        return bulkInsert.insert(batch, records);
    }

    /**
     * {@return the records a mapper's lookup finds for these keys, in one statement planned for
     * them ({@link JdbcBatchInserts#beforeLookups()}); none without keys}
     */
    protected List<T> findWhereIn(Collection<String> keys, Function<Collection<String>, List<R>> lookup) {
        if (keys.isEmpty()) {
            return List.of();
        }
        batch.beforeLookups();
        return Edge.call(() -> lookup.apply(keys)).stream().map(fromRow).toList();
    }
}
