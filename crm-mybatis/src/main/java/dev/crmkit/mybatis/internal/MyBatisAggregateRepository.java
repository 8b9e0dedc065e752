package dev.crmkit.mybatis.internal;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.storage.CrmRepository;
import java.util.function.Function;

/**
 * The data-manager base every aggregate's MyBatis repository extends, in the manner of Flowable's
 * {@code AbstractDataManager}: it owns the mapper and runs the statements every aggregate has
 * (existence, the row lock, insert with a generated key, the version-checked update, delete), each through
 * {@link Edge} so that nothing from MyBatis or JDBC escapes. An aggregate's repository adds its
 * reads and queries. One instance per unit of work; not thread-safe.
 *
 * @param <T> the record
 * @param <W> the row shape the mapper writes
 * @param <M> the aggregate's mapper
 */
abstract class MyBatisAggregateRepository<T extends CrmRecord, W, M extends CrmMapper<W>> implements CrmRepository<T> {

    /** How a written record reads back: with the database's id and the new version. */
    @FunctionalInterface
    interface Stored<T> {
        /** {@code record} as the row now holds it. */
        T as(T record, long id, long version);
    }

    protected final M mapper;
    private final Function<T, W> toRow;
    private final Stored<T> stored;

    MyBatisAggregateRepository(M mapper, Function<T, W> toRow, Stored<T> stored) {
        this.mapper = mapper;
        this.toRow = toRow;
        this.stored = stored;
    }

    @Override
    public boolean existsById(long id) {
        return Edge.call(() -> mapper.countById(id) > 0);
    }

    /** {@code SELECT id ... FOR UPDATE}: a row lock until the unit of work ends. */
    @Override
    public boolean lockById(long id) {
        return Edge.call(() -> mapper.lockById(id) != null);
    }

    @Override
    public T insert(T record) {
        return Edge.call(() -> {
            GeneratedKey key = new GeneratedKey();
            mapper.insert(toRow.apply(record), key);
            T inserted = stored.as(record, key.getId(), 0);
            afterWrite(inserted, true);
            return inserted;
        });
    }

    /**
     * One {@code UPDATE ... WHERE id = ? AND version = ?}; when it changes no row, one locking read
     * tells a stale version ({@link StaleVersionException}) from a deleted row
     * ({@link NotFoundException}).
     */
    @Override
    public T update(T record) {
        return Edge.call(() -> {
            if (mapper.update(toRow.apply(record)) == 0) {
                throw mapper.lockById(record.id()) != null
                        ? new StaleVersionException(entity(), record.id(), record.version())
                        : new NotFoundException(entity(), record.id());
            }
            T updated = stored.as(record, record.id(), record.version() + 1);
            afterWrite(updated, false);
            return updated;
        });
    }

    @Override
    public boolean deleteById(long id) {
        return Edge.call(() -> mapper.deleteById(id) > 0);
    }

    /**
     * Writes what the aggregate keeps beside its row (a pipeline's stages), after the row;
     * nothing by default.
     *
     * @param inserted true after an insert (nothing stored beside the row yet), false after an update
     */
    protected void afterWrite(T written, boolean inserted) {}
}
