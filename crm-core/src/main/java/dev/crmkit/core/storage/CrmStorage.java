package dev.crmkit.core.storage;

/**
 * The one thing a storage adapter provides: units of work over the crmkit schema.
 *
 * <p>Implementations are thread-safe: any thread may {@link #begin()} a unit of work at any time.
 * Each unit of work is confined to the thread that began it. Adapters translate every
 * persistence and SQL exception into the {@link dev.crmkit.core.kernel.CrmException} hierarchy
 * (see {@link SqlErrors}); nothing from Hibernate, MyBatis or JDBC reaches callers.
 */
public interface CrmStorage extends AutoCloseable {

    /**
     * Opens a transaction. Use it in try-with-resources: it rolls back on close unless
     * {@link UnitOfWork#commit()} was called.
     *
     * @throws dev.crmkit.core.kernel.StorageException when no connection can be had
     * @return the unit of work
     */
    UnitOfWork begin();

    /** Releases what the adapter itself created (not a data source the host passed in). */
    @Override
    void close();
}
