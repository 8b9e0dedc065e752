package dev.crmkit.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One write to one record, as the audit log keeps it. Written in the same transaction as the
 * write, so a rolled-back write leaves no entry and a committed one always has its entry.
 *
 * @param id the entry's id, issued in write order (later writes have larger ids)
 * @param entity the kind of record: {@code contact}, {@code company}, {@code deal}, {@code task},
 *     {@code pipeline}, {@code activity}
 * @param entityId the record's id
 * @param action what the write did
 * @param actor who made it
 * @param at when, from the {@link dev.crmkit.core.Crm}'s clock (the transaction's timestamp)
 * @param changeSetId the change set the write belongs to, if any
 * @param version the record's version after the write (before it, for a delete)
 * @param changes each changed field's old and new value, in the record's field order
 */
public record AuditEntry(
        long id,
        String entity,
        long entityId,
        AuditAction action,
        Actor actor,
        Instant at,
        Optional<String> changeSetId,
        long version,
        List<FieldChange> changes) {

    /**
     * Checks the fields.
     *
     * @param id the entry's id
     * @param entity the kind of record
     * @param entityId the record's id
     * @param action what the write did
     * @param actor who made it
     * @param at when
     * @param changeSetId the change set the write belongs to
     * @param version the record's version
     * @param changes each changed field's old and new value
     */
    public AuditEntry {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(changeSetId, "changeSetId");
        changes = List.copyOf(changes);
    }

    /**
     * {@return this entry with the id the storage issued}
     *
     * @param issuedId the id
     */
    public AuditEntry withId(long issuedId) {
        return new AuditEntry(issuedId, entity, entityId, action, actor, at, changeSetId, version, changes);
    }
}
