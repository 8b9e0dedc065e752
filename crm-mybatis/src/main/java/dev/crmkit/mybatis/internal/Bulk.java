package dev.crmkit.mybatis.internal;

import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The bulk side of a repository whose records an import writes and looks up many at a time: they
 * are inserted as one JDBC batch on the session's connection ({@link JdbcBatchInserts}) and found
 * by the keys the import reads (emails, titles) in one statement. One per repository, so one per
 * unit of work; not thread-safe.
 *
 * @param <T> the record
 */
final class Bulk<T> {

    private final JdbcBatchInserts batch;
    private final BiFunction<JdbcBatchInserts, List<T>, List<T>> insert;

    /**
     * @param insert how the aggregate's records go into one batch, e.g. {@code JdbcBatchInserts::contacts}
     * @param batch the batch inserts on the session's connection
     */
    Bulk(BiFunction<JdbcBatchInserts, List<T>, List<T>> insert, JdbcBatchInserts batch) {
        this.batch = batch;
        this.insert = insert;
    }

    /** {@return the records as stored, in the given order} */
    List<T> insertAll(List<T> records) {
        return insert.apply(batch, records);
    }

    /**
     * {@return the rows a mapper's lookup finds for these keys, in one statement planned for them
     * ({@link JdbcBatchInserts#beforeLookups()}); none without keys}
     *
     * @param <R> the row shape the mapper reads
     */
    <R> List<R> findWhereIn(Collection<String> keys, Function<Collection<String>, List<R>> lookup) {
        if (keys.isEmpty()) {
            return List.of();
        }
        batch.beforeLookups();
        return Edge.call(() -> lookup.apply(keys));
    }
}
