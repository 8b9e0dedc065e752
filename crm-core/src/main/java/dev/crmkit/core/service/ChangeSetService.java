package dev.crmkit.core.service;

import dev.crmkit.core.audit.AuditAction;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.AuditScope;
import dev.crmkit.core.audit.ChangeSet;
import dev.crmkit.core.audit.DeletedRecordRestorer;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.storage.AuditRepository;
import dev.crmkit.core.tag.TaggableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Change sets: the writes of one agent turn, one import run or one undo, grouped by an id the
 * caller opens a scope with ({@link #open}), read back ({@link #get}) and undone as one step
 * ({@link #undo}). A change set exists once a write was made in it. Thread-safe.
 */
public final class ChangeSetService extends TransactionalService {

    private final Map<String, AggregateService<?, ?>> services;
    private final @Nullable DeletedRecordRestorer restorer;
    private final @Nullable TagService tags;

    ChangeSetService(
            Transactor transactor,
            Map<String, AggregateService<?, ?>> services,
            @Nullable DeletedRecordRestorer restorer,
            @Nullable TagService tags) {
        super(transactor);
        this.services = Map.copyOf(services);
        this.restorer = restorer;
        this.tags = tags;
    }

    /** {@return a new change set id, unique without coordination} */
    public String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Makes the writes of this thread part of a change set until the scope closes; scopes nest.
     * The id may be reused across calls (each tool call of one agent turn opens it again).
     *
     * @param changeSetId the change set's id, 1 to 100 characters without control characters, e.g. from {@link
     *     #newId()}
     * @return the scope, to close on this thread
     * @throws dev.crmkit.core.kernel.ValidationException on {@code changeSetId}
     */
    public AuditScope open(String changeSetId) {
        return transactor.audit().collectingInto(changeSetId);
    }

    /**
     * Runs {@code work} with its writes in a change set.
     *
     * @param changeSetId the change set's id
     * @param work the calls to collect
     * @param <T> what {@code work} returns
     * @return what {@code work} returns
     */
    public <T> T run(String changeSetId, Supplier<T> work) {
        AuditScope scope = open(changeSetId);
        try {
            return work.get();
        } finally {
            scope.close();
        }
    }

    /**
     * {@return the change set with its writes, oldest first}
     *
     * @param changeSetId the change set's id
     * @throws NotFoundException when no write was made in it
     */
    public ChangeSet get(String changeSetId) {
        Objects.requireNonNull(changeSetId, "changeSetId");
        return transactor.inTransaction(tx -> read(tx.work().audit(), changeSetId));
    }

    /**
     * Reverts every write of a change set in one transaction, newest first: a created record is
     * deleted (with the aggregate's cascade), an update's fields get their old values back (a
     * record's tags included), a deleted record is restored from the trash. The undo is itself a new change set, made by the
     * current actor, so it can be undone in turn.
     *
     * <p>Refused, changing nothing, when a record the change set touched was written since by a
     * write outside it (its newest audit entry is not the change set's), or when the change set
     * deleted records and no trash is wired to restore them.
     *
     * @param changeSetId the change set's id
     * @return the undo's change set
     * @throws NotFoundException when no write was made in the change set
     * @throws ConflictException listing the records changed since, or the deletes that cannot be
     *     undone; or, when a later change set put every record back as it was before this one (it
     *     was undone already), saying there is nothing left to undo and naming that change set
     */
    public ChangeSet undo(String changeSetId) {
        Objects.requireNonNull(changeSetId, "changeSetId");
        String undoId = newId();
        AuditScope scope = open(undoId);
        try {
            transactor.inTransaction(tx -> {
                AuditRepository audit = tx.work().audit();
                List<AuditEntry> entries = read(audit, changeSetId).entries();
                requireUndoable(audit, changeSetId, entries);
                for (int i = entries.size() - 1; i >= 0; i--) {
                    revert(tx, entries.get(i));
                }
                return null;
            });
        } finally {
            scope.close();
        }
        return get(undoId);
    }

    private void requireUndoable(AuditRepository audit, String changeSetId, List<AuditEntry> entries) {
        List<String> deletes = entries.stream()
                .filter(e -> e.action() == AuditAction.DELETE)
                .map(e -> e.entity() + " " + e.entityId())
                .distinct()
                .toList();
        if (!deletes.isEmpty() && restorer == null) {
            throw new ConflictException("change set " + changeSetId + " cannot be undone: it contains deletes: "
                    + String.join(", ", deletes) + " (no trash to restore them from)");
        }
        Map<String, AuditEntry> touched = new LinkedHashMap<>();
        entries.forEach(e -> touched.putIfAbsent(e.entity() + " " + e.entityId(), e));
        List<String> changed = new ArrayList<>();
        for (AuditEntry first : touched.values()) {
            audit.latest(first.entity(), first.entityId())
                    .filter(latest -> !latest.changeSetId().equals(first.changeSetId()))
                    .ifPresent(latest -> changed.add(first.entity() + " " + first.entityId() + " (changed at "
                            + latest.at() + " by " + latest.actor().describe() + ")"));
        }
        if (!changed.isEmpty()) {
            revertedBy(audit, changeSetId, touched.keySet(), entries).ifPresent(later -> {
                throw new ConflictException("change set " + changeSetId + " has nothing left to undo: change set "
                        + later.changeSetId().orElseThrow() + " (at " + later.at() + " by "
                        + later.actor().describe() + ") already put back what it changed: "
                        + String.join(", ", touched.keySet()));
            });
            throw new ConflictException("change set " + changeSetId + " cannot be undone: records changed since: "
                    + String.join(", ", changed));
        }
    }

    /**
     * {@return the newest write of the one later change set that put every record the change set
     * touched back as it was before it, if there is one} That is the case after an undo (or a
     * manual revert of exactly its changes): its records changed since, but there is nothing left
     * to undo, and the refusal should say so.
     */
    private static Optional<AuditEntry> revertedBy(
            AuditRepository audit, String changeSetId, Set<String> records, List<AuditEntry> entries) {
        Map<String, List<AuditEntry>> made = byRecord(entries);
        Map<String, List<AuditEntry>> later = Map.of();
        @Nullable AuditEntry newest = null;
        for (String record : records) {
            AuditEntry first = made.get(record).get(0);
            Optional<AuditEntry> latest = audit.latest(first.entity(), first.entityId());
            Optional<String> set = latest.flatMap(AuditEntry::changeSetId);
            if (set.isEmpty()
                    || set.get().equals(changeSetId)
                    || (newest != null && !newest.changeSetId().equals(set))) {
                return Optional.empty();
            }
            if (newest == null) {
                later = byRecord(audit.byChangeSet(set.get()));
            }
            if (!reverts(later.getOrDefault(record, List.of()), made.get(record))) {
                return Optional.empty();
            }
            if (newest == null || latest.get().id() > newest.id()) {
                newest = latest.get();
            }
        }
        return Optional.ofNullable(newest);
    }

    /** Whether the later writes to one record leave it as it was before the change set's writes to it. */
    private static boolean reverts(List<AuditEntry> later, List<AuditEntry> made) {
        if (later.isEmpty()) {
            return false;
        }
        AuditAction last = later.get(later.size() - 1).action();
        if (made.get(0).action() == AuditAction.CREATE) {
            return last == AuditAction.DELETE;
        }
        if (made.get(made.size() - 1).action() == AuditAction.DELETE) {
            return last != AuditAction.DELETE && later.stream().anyMatch(e -> e.action() == AuditAction.CREATE);
        }
        if (last != AuditAction.UPDATE) {
            return false;
        }
        Map<String, Optional<String>> before = new LinkedHashMap<>();
        made.forEach(e -> e.changes().forEach(c -> before.putIfAbsent(c.field(), c.oldValue())));
        Map<String, Optional<String>> after = new LinkedHashMap<>();
        later.forEach(e -> e.changes().forEach(c -> after.put(c.field(), c.newValue())));
        return before.entrySet().stream().allMatch(field -> field.getValue().equals(after.get(field.getKey())));
    }

    private static Map<String, List<AuditEntry>> byRecord(List<AuditEntry> entries) {
        Map<String, List<AuditEntry>> byRecord = new LinkedHashMap<>();
        entries.forEach(e -> byRecord.computeIfAbsent(e.entity() + " " + e.entityId(), k -> new ArrayList<>())
                .add(e));
        return byRecord;
    }

    private void revert(Tx tx, AuditEntry entry) {
        AggregateService<?, ?> service = services.get(entry.entity());
        if (service == null) {
            throw new IllegalStateException("no service for " + entry.entity());
        }
        switch (entry.action()) {
            case CREATE -> {
                // A record created in the set may be gone already: deleted by the cascade of its
                // parent's undo a step before (a task of a contact both created in the set).
                if (service.repository(tx).existsById(entry.entityId())) {
                    service.deleteById(entry.entityId());
                }
            }
            case UPDATE -> {
                List<FieldChange> fields = new ArrayList<>();
                for (FieldChange change : entry.changes()) {
                    Optional<TaggableKind> taggable = TaggableKind.ofCode(entry.entity());
                    if (change.field().equals(TagService.AUDITED_FIELD) && taggable.isPresent() && tags != null) {
                        tags.restoreForUndo(taggable.get(), entry.entityId(), change.oldValue());
                    } else {
                        fields.add(change);
                    }
                }
                service.restoreFields(tx, entry.entityId(), fields);
            }
            case DELETE -> Objects.requireNonNull(restorer).restore(entry.entity(), entry.entityId());
        }
    }

    private static ChangeSet read(AuditRepository audit, String changeSetId) {
        List<AuditEntry> entries = audit.byChangeSet(changeSetId);
        if (entries.isEmpty()) {
            throw new NotFoundException("change set", changeSetId);
        }
        AuditEntry first = entries.get(0);
        return new ChangeSet(changeSetId, first.actor(), first.at(), entries);
    }
}
