package dev.crmkit.core.service;

import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Runs service operations in units of work: commit on success, rollback on any exception, events
 * published only after the commit. An operation called while another runs on the same thread
 * (inside {@link dev.crmkit.core.Crm#inTransaction}) joins it: one unit of work, one timestamp,
 * one commit, and its events are published with the outermost operation's. A joined operation
 * that fails marks the whole unit of work rollback-only, even when the caller catches the error.
 */
final class Transactor {

    private final CrmStorage storage;
    private final Clock clock;
    private final EventPublisher events;
    private final ThreadLocal<@Nullable Tx> current = new ThreadLocal<>();
    private final AuditTrail audit = new AuditTrail();

    Transactor(CrmStorage storage, Clock clock, EventPublisher events) {
        this.storage = storage;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Runs {@code operation} in the unit of work in progress on this thread, or in a new one.
     *
     * @throws CrmException when the work finished but an operation inside it had failed: the unit
     *     of work was rolled back (the cause is that failure)
     */
    <T> T inTransaction(Function<Tx, T> operation) {
        return inTransactionRetrying(CrmException.class, 1, operation);
    }

    /**
     * Runs {@code operation} as {@link #inTransaction} does; when it fails with a {@code retryOn}
     * in a unit of work that was its own transaction, rolls that back and runs it again in a new
     * one, {@code attempts} times in all. A unit of work that joined another (one in progress on
     * this thread, or a transaction the host runs) is not run again: its failure dooms the
     * transaction it joined, so the exception goes to the caller at once.
     *
     * @throws CrmException as {@link #inTransaction}, or the last attempt's {@code retryOn}
     */
    <T> T inTransactionRetrying(Class<? extends CrmException> retryOn, int attempts, Function<Tx, T> operation) {
        return inTransactionRetrying(retryOn::isInstance, attempts, operation);
    }

    /**
     * {@link #inTransactionRetrying(Class, int, Function)} for the failures {@code retryOn} accepts.
     *
     * @throws CrmException as {@link #inTransaction}, or the last attempt's failure
     */
    <T> T inTransactionRetrying(Predicate<CrmException> retryOn, int attempts, Function<Tx, T> operation) {
        Tx joined = current.get();
        if (joined != null) {
            return joined.run(operation);
        }
        for (int attempt = 1; ; attempt++) {
            UnitOfWork work = storage.begin();
            boolean own = work.ownsTransaction();
            try {
                return runIn(work, operation);
            } catch (CrmException e) {
                if (!retryOn.test(e) || !own || attempt >= attempts) {
                    throw e;
                }
            }
        }
    }

    private <T> T runIn(UnitOfWork work, Function<Tx, T> operation) {
        T result;
        List<CrmEvent> committed;
        try (work) {
            // Microseconds: what every supported database stores, so a timestamp reads back equal.
            Tx tx = new Tx(work, clock.instant().truncatedTo(ChronoUnit.MICROS), audit);
            current.set(tx);
            try {
                result = operation.apply(tx);
            } finally {
                current.remove();
            }
            Throwable failure = tx.failure();
            if (failure != null) {
                throw new CrmException(
                        "the transaction was rolled back because an operation inside it failed: "
                                + failure.getMessage(),
                        failure);
            }
            work.commit();
            committed = tx.events();
        }
        work.afterCommit(() -> events.publish(committed));
        return result;
    }

    /** Who acts and which change set collects the writes, per thread. */
    AuditTrail audit() {
        return audit;
    }

    Clock clock() {
        return clock;
    }
}
