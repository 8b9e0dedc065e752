package dev.crmkit.core.service;

import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
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
        Tx joined = current.get();
        if (joined != null) {
            return joined.run(operation);
        }
        T result;
        List<CrmEvent> committed;
        UnitOfWork work = storage.begin();
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

    /** Whether a unit of work is in progress on this thread, which an operation would join. */
    boolean inProgress() {
        return current.get() != null;
    }

    /** Who acts and which change set collects the writes, per thread. */
    AuditTrail audit() {
        return audit;
    }

    Clock clock() {
        return clock;
    }
}
