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
     * @param changeSetId the change set's id, 1 to 100 characters, e.g. from {@link #newId()}
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
     * @throws ConflictException listing the records changed since, or the deletes that cannot be undone
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
            throw new ConflictException("change set " + changeSetId + " cannot be undone: records changed since: "
                    + String.join(", ", changed));
        }
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
