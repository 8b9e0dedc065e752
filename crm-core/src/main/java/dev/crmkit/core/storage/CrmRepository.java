package dev.crmkit.core.storage;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every aggregate's repository does, in the fixed vocabulary: {@code findById} returns an
 * {@code Optional}, {@code getById} throws, {@code insert}, {@code update} (checks the version),
 * {@code deleteById}. Each aggregate's repository extends this with its own queries. Owned by a
 * {@link UnitOfWork} and valid inside it; not thread-safe. Repositories only persist and query:
 * the rules live in the services.
 *
 * @param <T> the aggregate's record
 */
public interface CrmRepository<T extends CrmRecord> {

    /** {@return the kind of record, as exceptions and events name it: {@code contact}, {@code deal}, …} */
    String entity();

    /**
     * {@return the record with this id, or empty when there is none}
     *
     * @param id the record's id
     */
    Optional<T> findById(long id);

    /**
     * @param id the record's id
     * @return the default t
     * @throws NotFoundException when there is no such record
     */
    default T getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException(entity(), id));
    }

    /**
     * {@return whether a record with this id exists}
     *
     * @param id the record's id
     */
    boolean existsById(long id);

    /**
     * Locks the record's row ({@code SELECT ... FOR UPDATE}) until the unit of work ends, reading
     * its latest committed state. The services take this lock on a parent before linking a child
     * to it and before deleting it (and before the delete's cascade reads the children), so a
     * delete racing a child being linked either waits for it and sees the child, or runs first
     * and the link is refused: never a child pointing at a deleted parent. Locks are taken in one
     * order everywhere: pipeline, contact, deal. Blocks while another unit of work holds the lock,
     * up to the database's lock timeout; that timeout, and a deadlock the database breaks, are a
     * {@link dev.crmkit.core.kernel.RetryableTransactionException}.
     *
     * @param id the record's id
     * @return false when there is no such record (nothing is locked)
     */
    boolean lockById(long id);

    /**
     * Inserts a new record. The given id and version are ignored; instants are stored as given
     * (the services pass them at microseconds, what every supported database keeps).
     *
     * @param record the record
     * @return the record as stored: the database's id, version 0
     * @throws dev.crmkit.core.kernel.ConflictException when a key or a reference of the schema refuses it
     */
    T insert(T record);

    /**
     * Inserts new records in one go, as {@link #insert} would one by one; adapters write them as
     * JDBC batches. All or nothing within the unit of work: a refused row fails the call, and
     * the unit of work must then be rolled back.
     *
     * @param records the records, ids and versions ignored
     * @return the records as stored, in the given order: the database's ids, version 0
     * @throws dev.crmkit.core.kernel.ConflictException when a key or a reference of the schema refuses a row
     */
    default List<T> insertAll(List<T> records) {
        List<T> stored = new ArrayList<>(records.size());
        for (T record : records) {
            stored.add(insert(record));
        }
        return stored;
    }

    /**
     * Writes every field of the record if the stored version still equals {@code record.version()}.
     *
     * @param record the record
     * @return the record as stored, version incremented by one
     * @throws dev.crmkit.core.kernel.StaleVersionException when the stored version differs
     * @throws NotFoundException when the record no longer exists
     * @throws dev.crmkit.core.kernel.ConflictException when a key or a reference of the schema refuses it
     */
    T update(T record);

    /**
     * Deletes the record's row; the services delete or detach related records first.
     *
     * @param id the record's id
     * @return false when there was no such record
     * @throws dev.crmkit.core.kernel.ConflictException when the schema refuses (a pipeline that holds deals)
     */
    boolean deleteById(long id);
}
