package dev.crmkit.core;

import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The storage as one {@link Crm} sees it: refuses new units of work once that {@code Crm} is
 * closed, whatever the adapter would do (the in-memory storage would go on working, a closed
 * {@code EntityManagerFactory} would fail deep inside), and closes the adapter once.
 */
final class OpenStorage implements CrmStorage {

    private final CrmStorage storage;
    private final AtomicBoolean closed = new AtomicBoolean();

    OpenStorage(CrmStorage storage) {
        this.storage = storage;
    }

    @Override
    public UnitOfWork begin() {
        if (closed.get()) {
            throw new IllegalStateException("this Crm is closed: build a new one to use the storage again");
        }
        return storage.begin();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            storage.close();
        }
    }
}
