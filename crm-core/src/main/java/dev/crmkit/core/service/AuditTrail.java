package dev.crmkit.core.service;

import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditAction;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.AuditScope;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who acts and which change set collects the writes, bound to the thread by scopes, and the
 * writing of the audit entries in the unit of work of the write they describe. Thread-safe: the
 * settings are per thread.
 */
final class AuditTrail {

    /** Longest change set id, in characters. */
    static final int CHANGE_SET_ID_MAX = 100;

    private final ThreadLocal<@Nullable Actor> actor = new ThreadLocal<>();
    private final ThreadLocal<@Nullable String> changeSet = new ThreadLocal<>();

    /** {@return who acts on this thread: the innermost actor scope's actor, else the system} */
    Actor actor() {
        Actor current = actor.get();
        return current == null ? Actor.system() : current;
    }

    /** {@return the change set the writes of this thread go to, if a scope set one} */
    Optional<String> changeSetId() {
        return Optional.ofNullable(changeSet.get());
    }

    AuditScope actingAs(Actor next) {
        Objects.requireNonNull(next, "actor");
        return bind(actor, next.requireWritable());
    }

    AuditScope collectingInto(String changeSetId) {
        if (changeSetId == null || changeSetId.isBlank() || changeSetId.length() > CHANGE_SET_ID_MAX) {
            throw new ValidationException(
                    "changeSetId", "must be 1 to " + CHANGE_SET_ID_MAX + " characters, not blank");
        }
        if (!FieldErrors.isPlainName(changeSetId)) {
            throw new ValidationException("changeSetId", FieldErrors.PLAIN_NAME_RULE);
        }
        return bind(changeSet, changeSetId);
    }

    /** Writes the entry of one write: {@code before} null for a create, {@code after} null for a delete. */
    void record(Tx tx, String entity, @Nullable CrmRecord before, @Nullable CrmRecord after) {
        tx.work().audit().append(List.of(entry(tx, entity, before, after)));
    }

    /** Writes the entries of records created together, in one append. */
    void recordCreates(Tx tx, String entity, List<? extends CrmRecord> created) {
        List<AuditEntry> entries = new ArrayList<>(created.size());
        for (CrmRecord record : created) {
            entries.add(entry(tx, entity, null, record));
        }
        tx.work().audit().append(entries);
    }

    /**
     * Writes the entry of a change of a record's tags: an update of its field {@value
     * TagService#AUDITED_FIELD}, the names joined by {@code ", "} (a tag name holds no comma), none
     * as no value.
     */
    void recordTags(Tx tx, String entity, CrmRecord record, List<String> before, List<String> after) {
        FieldChange change = new FieldChange(TagService.AUDITED_FIELD, joined(before), joined(after));
        tx.work()
                .audit()
                .append(List.of(new AuditEntry(
                        0,
                        entity,
                        record.id(),
                        AuditAction.UPDATE,
                        actor(),
                        tx.now(),
                        changeSetId(),
                        record.version(),
                        List.of(change))));
    }

    private static Optional<String> joined(List<String> names) {
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    private AuditEntry entry(Tx tx, String entity, @Nullable CrmRecord before, @Nullable CrmRecord after) {
        AuditAction action =
                before == null ? AuditAction.CREATE : after == null ? AuditAction.DELETE : AuditAction.UPDATE;
        CrmRecord subject = after != null ? after : Objects.requireNonNull(before);
        return new AuditEntry(
                0,
                entity,
                subject.id(),
                action,
                actor(),
                tx.now(),
                changeSetId(),
                subject.version(),
                AuditValues.changes(before, after));
    }

    private static <V> AuditScope bind(ThreadLocal<@Nullable V> slot, V value) {
        V previous = slot.get();
        slot.set(value);
        return () -> {
            if (previous == null) {
                slot.remove();
            } else {
                slot.set(previous);
            }
        };
    }
}
