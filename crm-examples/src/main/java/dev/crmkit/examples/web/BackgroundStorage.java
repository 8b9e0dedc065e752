package dev.crmkit.examples.web;

import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A storage that starts on a thread of its own: the app's schema and the adapter (for JPA, the
 * Hibernate bootstrap, about a quarter of the web app's start) are built while Spring goes on with
 * Tomcat, Security and MVC on the main thread. {@link #begin()} waits until the adapter is there,
 * so a caller never sees a half-started storage; {@link ReadyBeforeServing} waits for it before the
 * web server opens its port, so no request waits, and a storage that cannot start fails the start
 * as it did when it was built on the main thread.
 *
 * <p>Thread-safe.
 */
final class BackgroundStorage implements CrmStorage {

    private static final Logger log = LoggerFactory.getLogger(BackgroundStorage.class);

    private final CompletableFuture<CrmStorage> storage = new CompletableFuture<>();

    private BackgroundStorage() {}

    /**
     * Starts {@code bootstrap} on a new thread, which inherits the caller's context class loader (the
     * Boot jar's, which Hibernate needs).
     */
    static BackgroundStorage start(Supplier<CrmStorage> bootstrap) {
        BackgroundStorage started = new BackgroundStorage();
        Thread thread = new Thread(
                () -> {
                    long start = System.nanoTime();
                    try {
                        started.storage.complete(bootstrap.get());
                        log.debug("storage started in {} ms", (System.nanoTime() - start) / 1_000_000);
                    } catch (Throwable e) {
                        started.storage.completeExceptionally(e);
                    }
                },
                "crm-storage-start");
        // Never keeps a failed start's JVM alive; close() waits for it when the app stops.
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /**
     * Waits until the adapter has started.
     *
     * @return the adapter
     * @throws StorageException when it could not start; the cause says why
     */
    CrmStorage await() {
        try {
            return storage.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StorageException("crmkit's storage did not start: " + cause.getMessage(), cause);
        }
    }

    @Override
    public UnitOfWork begin() {
        return await().begin();
    }

    /** Waits for a start still under way, then closes the adapter; a failed start has nothing to close. */
    @Override
    public void close() {
        CrmStorage started;
        try {
            started = storage.join();
        } catch (CompletionException e) {
            return;
        }
        started.close();
    }
}
