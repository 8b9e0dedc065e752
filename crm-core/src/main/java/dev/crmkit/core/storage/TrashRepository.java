package dev.crmkit.core.storage;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.trash.TrashEntry;
import dev.crmkit.core.trash.TrashKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Persists the trash ({@code crm_trash}: one row per deleted record, keyed by kind and record id)
 * and puts trashed records back with their own ids. Owned by a {@link UnitOfWork} and valid inside
 * it; not thread-safe. The rules (what a delete captures, when a restore is refused) live in
 * {@link dev.crmkit.core.service.TrashService}.
 */
public interface TrashRepository {

    /**
     * Adds an entry.
     *
     * @param entry the deleted record
     * @throws dev.crmkit.core.kernel.ConflictException when the trash holds that kind and id already
     */
    void insert(TrashEntry entry);

    /**
     * {@return the entry of this record, with its snapshot}
     *
     * @param kind the record's kind
     * @param recordId the record's id
     */
    Optional<TrashEntry> find(TrashKind kind, long recordId);

    /**
     * One page of entries, newest deletion first (then kind and id descending), without their
     * snapshots ({@link TrashEntry#withoutSnapshot()}).
     *
     * @param kind only entries of this kind; {@code null} for all
     * @param after the last entry of the previous page; {@code null} for the first page
     * @param limit at most this many entries
     * @return the entries
     */
    List<TrashEntry> page(@Nullable TrashKind kind, @Nullable TrashEntry after, int limit);

    /**
     * {@return the number of entries, for a list that shows its total}
     *
     * @param kind only entries of this kind; {@code null} for all
     */
    long count(@Nullable TrashKind kind);

    /**
     * {@return entries deleted before {@code cutoff}, oldest first, without their snapshots}
     *
     * @param cutoff the instant
     * @param limit at most this many
     */
    List<TrashEntry> deletedBefore(Instant cutoff, int limit);

    /**
     * Removes an entry.
     *
     * @param kind the record's kind
     * @param recordId the record's id
     * @return false when there was no such entry
     */
    boolean delete(TrashKind kind, long recordId);

    /**
     * Inserts a trashed record again with its own id and version: a contact, company, deal, task,
     * activity, deal stage change or pipeline (with its stages). The caller has checked its references and unique keys.
     *
     * @param record the record as it was deleted
     * @throws dev.crmkit.core.kernel.ConflictException when a key or a reference of the schema refuses it
     * @throws IllegalArgumentException for any other kind of record
     */
    void reinsert(CrmRecord record);
}
