package dev.crmkit.core.service;

import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Runs each service operation in its own unit of work: commit on success, rollback on any
 * exception, events published only after the commit.
 */
public final class Transactor {

    private final CrmStorage storage;
    private final Clock clock;
    private final EventPublisher events;

    public Transactor(CrmStorage storage, Clock clock, EventPublisher events) {
        this.storage = storage;
        this.clock = clock;
        this.events = events;
    }

    public <T> T inTransaction(Function<Tx, T> operation) {
        Tx tx;
        T result;
        try (UnitOfWork work = storage.begin()) {
            // Microseconds: what every supported database stores, so a timestamp reads back equal.
            tx = new Tx(work, clock.instant().truncatedTo(ChronoUnit.MICROS));
            result = operation.apply(tx);
            work.commit();
        }
        events.publish(tx.events());
        return result;
    }

    public Clock clock() {
        return clock;
    }
}
