package dev.crmkit.core.service;

import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.trash.TrashKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The rules every aggregate's service shares, written once: each public method is one
 * transaction; a create inserts and publishes a created event; an update checks the caller's
 * expected version, writes nothing when nothing changes, stamps the operation's one timestamp and
 * publishes an updated event; a delete locks the record's row, runs the aggregate's cascade, then
 * publishes a deleted event, and (for the kinds constructed with a {@link TrashKind}) moves the record and
 * what its cascade took into the trash. Events are published after the commit. Subclasses add their
 * validation and rules through the hooks and stay thread-safe, as this class is.
 *
 * @param <T> the aggregate's record
 * @param <R> the aggregate's repository
 */
public abstract class AggregateService<T extends CrmRecord, R extends CrmRepository<T>> extends TransactionalService {

    /** How to build an updated event from the record before and after, at the operation's instant. */
    @FunctionalInterface
    interface UpdatedEvent<T> {
        /** The event for a change of {@code before} into {@code after}. */
        CrmEvent of(T before, T after, Instant at);
    }

    /**
     * How often an update naming no version is tried against concurrent writers. Each lost attempt
     * is another writer's commit, and on PostgreSQL and MariaDB a writer that loses waits for the
     * winner's lock, so a writer running a burst of updates can win many times in a row: a caller
     * gives up only after this many commits of others to the same record during its one update.
     */
    static final int UNVERSIONED_ATTEMPTS = 25;

    private final Function<UnitOfWork, R> repository;
    private final BiFunction<T, Instant, T> touch;
    private final BiFunction<T, Instant, CrmEvent> created;
    private final UpdatedEvent<T> updated;
    private final BiFunction<Long, Instant, CrmEvent> deleted;
    private final @Nullable TrashKind trashKind;

    /**
     * What an aggregate's service passes to this base: how to reach its repository, touch a record
     * and name its events, and where a delete goes.
     *
     * @param repository the aggregate's repository in a unit of work, e.g. {@code UnitOfWork::contacts}
     * @param touch the record with another {@code updatedAt}, e.g. {@code Contact::withUpdatedAt}
     * @param created the created event, e.g. {@code ContactEvent.Created::new}
     * @param updated the updated event, e.g. {@code ContactEvent.Updated::new}
     * @param deleted the deleted event, e.g. {@code ContactEvent.Deleted::new}
     * @param trashKind the kind a delete moves to the trash ({@link TrashService}), with what {@link
     *     #beforeDelete} notes in {@link Tx#trashing()}; {@code null} when a delete is final
     * @param <T> the aggregate's record
     * @param <R> the aggregate's repository
     */
    record Aggregate<T extends CrmRecord, R extends CrmRepository<T>>(
            Function<UnitOfWork, R> repository,
            BiFunction<T, Instant, T> touch,
            BiFunction<T, Instant, CrmEvent> created,
            UpdatedEvent<T> updated,
            BiFunction<Long, Instant, CrmEvent> deleted,
            @Nullable TrashKind trashKind) {}

    /** @param aggregate the aggregate's repository, touch, events and trash kind */
    AggregateService(Transactor transactor, Aggregate<T, R> aggregate) {
        super(transactor);
        this.repository = aggregate.repository();
        this.touch = aggregate.touch();
        this.created = aggregate.created();
        this.updated = aggregate.updated();
        this.deleted = aggregate.deleted();
        this.trashKind = aggregate.trashKind();
    }

    /**
     * {@return the record with this id, if there is one}
     *
     * @param id the record's id
     */
    public Optional<T> findById(long id) {
        return read(repository -> repository.findById(id));
    }

    /**
     * @param id the record's id
     * @return the t
     * @throws NotFoundException when there is no record with this id
     */
    public T getById(long id) {
        return read(repository -> repository.getById(id));
    }

    /**
     * Locks the record's row ({@link CrmRepository#lockById}), then deletes it after {@link
     * #beforeDelete(Tx, long)} (the aggregate's cascade) in the same transaction. The lock comes
     * before the cascade reads the children, so a child linked concurrently is either seen by the
     * cascade (its transaction committed first) or refused (it waited for this one).
     *
     * @param id the record's id
     * @throws NotFoundException when there is no record with this id
     * @throws dev.crmkit.core.kernel.ConflictException when a rule of the aggregate refuses the delete
     * @throws dev.crmkit.core.kernel.RetryableTransactionException when the lock waits too long or the
     *     database breaks a deadlock
     */
    public void deleteById(long id) {
        deleteById(id, null);
    }

    /**
     * Deletes the record as {@link #deleteById(long)} does, only if it is still at {@code
     * expectedVersion}: a caller who read the record can make sure it deletes what it read, not a
     * version someone changed meanwhile. The version is checked once the row is locked, so no
     * change can slip in between.
     *
     * @param id the record's id
     * @param expectedVersion the version the caller read; null deletes whatever version is stored
     * @throws StaleVersionException when {@code expectedVersion} is given and is not the stored
     *     version; nothing is deleted
     * @throws NotFoundException when there is no record with this id
     * @throws dev.crmkit.core.kernel.ConflictException when a rule of the aggregate refuses the delete
     * @throws dev.crmkit.core.kernel.RetryableTransactionException when the lock waits too long or the
     *     database breaks a deadlock
     */
    public void deleteById(long id, @Nullable Long expectedVersion) {
        transactor.inTransaction(tx -> {
            R records = repository.apply(tx.work());
            // Locked first, in its own statement, before the cascade reads the children: a child
            // being linked to this record holds the lock until it commits, so the cascade sees it.
            if (!records.lockById(id)) {
                throw new NotFoundException(records.entity(), id);
            }
            T before = records.getById(id);
            if (expectedVersion != null && expectedVersion != before.version()) {
                throw new StaleVersionException(records.entity(), id, expectedVersion);
            }
            TrashSnapshot snapshot = trashKind == null ? null : new TrashSnapshot(trashKind, before);
            tx.trashing(snapshot);
            try {
                beforeDelete(tx, id);
            } finally {
                tx.trashing(null);
            }
            if (!records.deleteById(id)) {
                throw new NotFoundException(records.entity(), id);
            }
            tx.audit(records.entity(), before, null);
            tx.emit(deleted.apply(id, tx.now()));
            if (snapshot != null) {
                TrashService.put(tx, snapshot);
            }
            return null;
        });
    }

    /** Runs a read in its own transaction. */
    <X> X read(Function<R, X> query) {
        return transactor.inTransaction(tx -> query.apply(repository.apply(tx.work())));
    }

    /**
     * {@return what a bulk lookup finds for these keys (emails, titles), one query per {@value
     * ContactService#EMAILS_PER_QUERY} distinct keys, in no particular order}
     */
    static <X> List<X> inChunks(Collection<String> keys, Function<List<String>, List<X>> lookup) {
        List<String> distinct = keys.stream().distinct().toList();
        List<X> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += ContactService.EMAILS_PER_QUERY) {
            found.addAll(lookup.apply(
                    distinct.subList(from, Math.min(distinct.size(), from + ContactService.EMAILS_PER_QUERY))));
        }
        return found;
    }

    /**
     * Refuses a value of a unique field when another record holds it.
     *
     * @param field the field, as the error names it
     * @param value the value; {@code null} is never taken
     * @param holder finds the record holding a value, e.g. {@code ContactRepository::findByEmail}
     * @param exceptId the record being updated, which may hold the value itself; {@code null} on a create
     * @throws ConflictException on {@code field}, with the id of the record holding the value
     */
    final void requireFree(
            Tx tx,
            String field,
            @Nullable String value,
            BiFunction<R, String, Optional<T>> holder,
            @Nullable Long exceptId) {
        if (value == null) {
            return;
        }
        R records = repository(tx);
        holder.apply(records, value)
                .filter(existing -> exceptId == null || existing.id() != exceptId)
                .ifPresent(existing -> {
                    throw new ConflictException(
                            field + " " + value + " is already used by " + records.entity() + " " + existing.id(),
                            field,
                            existing.id());
                });
    }

    /** The aggregate's repository inside an operation. */
    R repository(Tx tx) {
        return repository.apply(tx.work());
    }

    /**
     * Inserts the record {@code build} makes (validating against stored data as it needs) and
     * publishes the created event.
     */
    T create(Function<Tx, T> build) {
        return transactor.inTransaction(tx -> {
            R records = repository(tx);
            T stored = records.insert(build.apply(tx));
            tx.audit(records.entity(), null, stored);
            tx.emit(created.apply(stored, tx.now()));
            afterCreate(tx, stored);
            return stored;
        });
    }

    /**
     * Inserts the records {@code build} makes from the commands in one unit of work and publishes
     * a created event per record, in order: every command is checked first, and the errors of all
     * of them are reported at once, each field prefixed with its command's index ({@code
     * [3].contactId}); {@code check} then sees the valid records before they are inserted in one
     * {@link CrmRepository#insertAll}.
     */
    <C> List<T> createAll(List<C> commands, BiFunction<Tx, C, T> build, BiConsumer<Tx, List<T>> check) {
        return transactor.inTransaction(tx -> {
            FieldErrors errors = new FieldErrors();
            List<T> records = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                C command = commands.get(i);
                T record = errors.collect("[" + i + "].", () -> build.apply(tx, command));
                if (record != null) {
                    records.add(record);
                }
            }
            errors.throwIfAny();
            check.accept(tx, records);
            R repository = repository(tx);
            List<T> stored = repository.insertAll(records);
            tx.auditCreates(repository.entity(), stored);
            for (T record : stored) {
                tx.emit(created.apply(record, tx.now()));
            }
            return stored;
        });
    }

    /**
     * The update rule. {@code apply} returns the changed record with the current {@code
     * updatedAt} (or throws a validation error); when it equals the current record nothing is
     * written and the version stays.
     *
     * <p>An update naming no version asks for its change on whatever is current, so a concurrent
     * writer that commits between this read and this write is no conflict of the caller's: the
     * unit of work is rolled back and the update read and applied again, up to {@value
     * #UNVERSIONED_ATTEMPTS} times. Not when it joined a unit of work the caller opened ({@code
     * Crm.inTransaction}) or a transaction the host runs: the failure dooms that transaction, so
     * there the exception goes to the caller at once.
     *
     * @throws NotFoundException when there is no record with this id
     * @throws StaleVersionException when {@code expectedVersion} is given and stale, or when no
     *     version is given and concurrent writers won every attempt
     */
    T update(long id, @Nullable Long expectedVersion, BiFunction<Tx, T, T> apply) {
        return update(id, expectedVersion, apply, (tx, stored) -> {});
    }

    /**
     * The update rule, with {@code alongside} run after the record's write (or after finding
     * nothing to write) in the same unit of work, on the record as stored: what belongs to the
     * update without being a field of the record, such as its tags. The two are one unit, so an
     * update naming no version that lost to a concurrent writer runs both again.
     */
    T update(long id, @Nullable Long expectedVersion, BiFunction<Tx, T, T> apply, BiConsumer<Tx, T> alongside) {
        // A stale version is the caller's conflict only when the caller named a version; a tag
        // another transaction created meanwhile is never one.
        Predicate<CrmException> retryOn = failure -> failure instanceof TagCreatedConcurrently
                || (expectedVersion == null && failure instanceof StaleVersionException);
        return transactor.inTransactionRetrying(retryOn, UNVERSIONED_ATTEMPTS, tx -> {
            R records = repository(tx);
            T current = records.getById(id);
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new StaleVersionException(records.entity(), id, expectedVersion);
            }
            T changed = apply.apply(tx, current);
            if (changed.equals(current)) {
                alongside.accept(tx, current);
                return current;
            }
            T stored = records.update(touch.apply(changed, tx.now()));
            tx.audit(records.entity(), current, stored);
            tx.emit(updated.of(current, stored, tx.now()));
            afterUpdate(tx, current, stored);
            alongside.accept(tx, stored);
            return stored;
        });
    }

    /**
     * Undoes one audited update inside an undo's unit of work: puts the changes' old values back
     * into the record as it is now, without the aggregate's validation (the values were valid
     * when they were written; the schema still checks keys and references), audited and published
     * like any update.
     *
     * @throws NotFoundException when the record no longer exists
     */
    void restoreFields(Tx tx, long id, List<FieldChange> changes) {
        R records = repository(tx);
        T current = records.getById(id);
        T restored = restored(tx, AuditValues.withOldValues(current, changes));
        if (restored.equals(current)) {
            return;
        }
        T stored = records.update(touch.apply(restored, tx.now()));
        tx.audit(records.entity(), current, stored);
        tx.emit(updated.of(current, stored, tx.now()));
        afterUpdate(tx, current, stored);
    }

    /** Writes an already changed record as part of another operation (a cascade), publishing the update. */
    static <X extends CrmRecord> X cascadeUpdate(
            Tx tx, CrmRepository<X> records, X before, X after, UpdatedEvent<X> event) {
        X stored = records.update(after);
        tx.audit(records.entity(), before, stored);
        tx.emit(event.of(before, stored, tx.now()));
        return stored;
    }

    /**
     * The record an undo puts back, made to keep the rules that hold between records whatever
     * order the undo reverts their writes in (a contact carries its company's name); as given by
     * default.
     */
    T restored(Tx tx, T record) {
        return record;
    }

    /** Writes what a new record brings along in the same transaction, e.g. a deal's first stage change; nothing by default. */
    void afterCreate(Tx tx, T created) {}

    /** Publishes events beyond the updated event, e.g. a stage change; nothing by default. */
    void afterUpdate(Tx tx, T before, T after) {}

    /** Deletes or detaches related records before the record is deleted; nothing by default. */
    void beforeDelete(Tx tx, long id) {}
}
