package dev.crmkit.core.storage;

import dev.crmkit.core.audit.ActorKind;
import dev.crmkit.core.audit.AuditEntry;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The audit log: entries are appended, never changed. Used inside one {@link UnitOfWork}, so an
 * entry commits or rolls back with the write it describes. Queries return the newest entries
 * first and page by entry id (keyset).
 */
public interface AuditRepository {

    /**
     * Appends entries, in order; ids are issued in that order.
     *
     * @param entries the entries, ids ignored
     * @return the entries as stored, with their ids
     */
    List<AuditEntry> append(List<AuditEntry> entries);

    /**
     * @param entity the kind of record
     * @param entityId the record's id
     * @param beforeId only entries with a smaller id; null for the newest
     * @param limit at most this many
     * @return the record's entries, newest first
     */
    List<AuditEntry> byRecord(String entity, long entityId, @Nullable Long beforeId, int limit);

    /**
     * @param kind the actor's kind
     * @param actorId the actor's id
     * @param beforeId only entries with a smaller id; null for the newest
     * @param limit at most this many
     * @return the actor's entries, newest first
     */
    List<AuditEntry> byActor(ActorKind kind, String actorId, @Nullable Long beforeId, int limit);

    /**
     * @param changeSetId a change set
     * @return its entries, oldest first; empty when there is no such change set
     */
    List<AuditEntry> byChangeSet(String changeSetId);

    /**
     * {@return the newest entry of a record, if it has any}
     *
     * @param entity the kind of record
     * @param entityId the record's id
     */
    default Optional<AuditEntry> latest(String entity, long entityId) {
        return byRecord(entity, entityId, null, 1).stream().findFirst();
    }
}
