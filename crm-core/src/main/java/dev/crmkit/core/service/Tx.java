package dev.crmkit.core.service;

import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.storage.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One unit of work in progress: its storage transaction, its timestamp, and the events it will
 * publish on commit. Operations grouped by {@link dev.crmkit.core.Crm#inTransaction} share it.
 */
final class Tx {

    private final UnitOfWork work;
    private final Instant now;
    private final AuditTrail audit;
    private final List<CrmEvent> events = new ArrayList<>();
    private @Nullable Throwable failure;
    private @Nullable TrashSnapshot trashing;

    Tx(UnitOfWork work, Instant now, AuditTrail audit) {
        this.work = work;
        this.now = now;
        this.audit = audit;
    }

    /**
     * Writes the audit entry of a write in this unit of work: {@code before} null for a create,
     * {@code after} null for a delete.
     */
    void audit(String entity, @Nullable CrmRecord before, @Nullable CrmRecord after) {
        audit.record(this, entity, before, after);
    }

    /** {@return who acts in this unit of work, as the audit log describes them} */
    String actorDescription() {
        return audit.actor().describe();
    }

    /** Writes the audit entry of a change of a record's tags, the names sorted before and after. */
    void auditTags(String entity, CrmRecord record, List<String> before, List<String> after) {
        audit.recordTags(this, entity, record, before, after);
    }

    /** Writes the audit entries of records created together. */
    void auditCreates(String entity, List<? extends CrmRecord> created) {
        audit.recordCreates(this, entity, created);
    }

    UnitOfWork work() {
        return work;
    }

    /** The operation's single timestamp: every record it touches gets the same instant. */
    Instant now() {
        return now;
    }

    /** The operation's day in UTC, for queries that need one (the overdue filter) while acting on related records. */
    LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Queues an event for publication after commit. */
    void emit(CrmEvent event) {
        events.add(event);
    }

    /** The snapshot of the delete in progress, which its cascade adds to; {@code null} outside a delete. */
    @Nullable
    TrashSnapshot trashing() {
        return trashing;
    }

    /** Starts or (with {@code null}) ends collecting what a delete takes away. */
    void trashing(@Nullable TrashSnapshot snapshot) {
        this.trashing = snapshot;
    }

    /** Runs a joined operation; its failure dooms the unit of work, whether or not the caller catches it. */
    <T> T run(Function<Tx, T> operation) {
        try {
            return operation.apply(this);
        } catch (RuntimeException | Error e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    @Nullable
    Throwable failure() {
        return failure;
    }

    List<CrmEvent> events() {
        return events;
    }
}
