package dev.crmkit.core.testing;

import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.storage.memory.InMemoryCrmStorage;

/**
 * The in-memory reference storage behind a database connection a test can cut: while {@link #down}, every unit of
 * work fails to open with {@link StorageUnavailableException}, as a pool that gets no connection does.
 */
public final class CuttableStorage implements CrmStorage {

    private final InMemoryCrmStorage database = new InMemoryCrmStorage();

    /** Whether the database cannot be reached; a test sets it from any thread. */
    public volatile boolean down;

    @Override
    public UnitOfWork begin() {
        if (down) {
            throw new StorageUnavailableException("the database cannot be reached: HikariPool-1 - Connection is"
                    + " not available, request timed out after 5000ms");
        }
        return database.begin();
    }

    @Override
    public void close() {
        database.close();
    }
}
