package dev.crmkit.core.service;

import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.deal.DealStageChangeQuery;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.storage.TrashRepository;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.trash.TrashEntry;
import dev.crmkit.core.trash.TrashEvent;
import dev.crmkit.core.trash.TrashKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The trash of contacts, companies, deals, tasks and (empty) pipelines. A delete (e.g. {@link
 * ContactService#deleteById}) moves the record and what its delete cascaded into the trash in its
 * own transaction, publishing a {@link TrashEvent.Trashed}; {@link #restore} puts it back with its
 * id, or refuses with a conflict naming the live record in its way ({@link TrashRestorer}); {@link
 * #purge} forgets it for good. Entries older than the retention ({@code
 * Crm.Builder.trashRetention}) go when the host calls {@link #purgeExpired()}, e.g. daily. Every
 * method is one transaction; events are published after it commits. Thread-safe.
 */
public final class TrashService extends RetainingService<Duration> {

    /** Entries a purge removes per statement round. */
    static final int PURGE_CHUNK = PageRequest.MAX_LIMIT;

    private static final Pattern CURSOR = Pattern.compile("(-?\\d{1,12})\\.(\\d{1,9})~([a-z]{1,20})~(\\d{1,18})");

    TrashService(Transactor transactor, Duration retention) {
        super(transactor, retention);
    }

    /**
     * One page of the trash, newest deletion first, without the snapshots.
     *
     * @param kind only entries of this kind; {@code null} for all
     * @param cursor the {@code nextCursor} of the previous page; {@code null} for the first
     * @param limit entries per page, 1 to {@value PageRequest#MAX_LIMIT}
     * @return the page
     * @throws ValidationException (field {@code limit} or {@code cursor}) for a bad limit or cursor
     */
    public Page<TrashEntry> list(@Nullable TrashKind kind, @Nullable String cursor, int limit) {
        return list(kind, cursor, limit, false);
    }

    /**
     * One page of the trash as {@link #list(TrashKind, String, int)}, with the number of all
     * entries (of {@code kind}) when {@code total} is asked, counted in the page's transaction.
     *
     * @param kind only entries of this kind; {@code null} for all
     * @param cursor the {@code nextCursor} of the previous page; {@code null} for the first
     * @param limit entries per page, 1 to {@value PageRequest#MAX_LIMIT}
     * @param total whether to count all entries: {@link Page#total()} is empty otherwise
     * @return the page
     * @throws ValidationException (field {@code limit} or {@code cursor}) for a bad limit or cursor
     */
    public Page<TrashEntry> list(@Nullable TrashKind kind, @Nullable String cursor, int limit, boolean total) {
        if (limit < PageRequest.MIN_LIMIT || limit > PageRequest.MAX_LIMIT) {
            throw new ValidationException(
                    "limit", "must be between " + PageRequest.MIN_LIMIT + " and " + PageRequest.MAX_LIMIT);
        }
        TrashEntry after = cursor == null || cursor.isBlank() ? null : decode(cursor);
        return transactor.inTransaction(tx -> {
            TrashRepository trash = tx.work().trash();
            List<TrashEntry> rows = trash.page(kind, after, limit + 1);
            boolean more = rows.size() > limit;
            List<TrashEntry> items = more ? rows.subList(0, limit) : rows;
            Optional<String> next = more ? Optional.of(encode(items.get(items.size() - 1))) : Optional.empty();
            return new Page<>(items, next, total ? OptionalLong.of(trash.count(kind)) : OptionalLong.empty());
        });
    }

    /**
     * {@return the trash entry of this record, with its snapshot}
     *
     * @param kind the record's kind
     * @param id the record's id
     * @throws NullPointerException when {@code kind} is null
     */
    public Optional<TrashEntry> find(TrashKind kind, long id) {
        Objects.requireNonNull(kind, "kind");
        return transactor.inTransaction(tx -> tx.work().trash().find(kind, id));
    }

    /**
     * Puts a deleted record back with its id, with what its delete cascaded (a contact's tasks,
     * activities and tags; a deal's stage history), and re-attaches the records its delete
     * detached that still exist and are still unlinked. Links to records deleted meanwhile are
     * dropped, as their delete would have dropped them, except the ones the record cannot live
     * without. Publishes {@link TrashEvent.Restored}.
     *
     * @param kind the record's kind
     * @param id the record's id
     * @return the record as restored
     * @throws NullPointerException when {@code kind} is null
     * @throws NotFoundException when the trash holds no such record
     * @throws dev.crmkit.core.kernel.ConflictException naming the live record that took its email
     *     (field {@code email}) or domain (field {@code domain}), or the parent that is gone: a
     *     deal's pipeline (field {@code pipelineId}) or stage ({@code status}), a task's contact
     *     ({@code contactId})
     */
    public CrmRecord restore(TrashKind kind, long id) {
        Objects.requireNonNull(kind, "kind");
        return transactor.inTransaction(tx -> {
            TrashRepository trash = tx.work().trash();
            TrashEntry entry = trash.find(kind, id).orElseThrow(() -> notInTrash(kind, id));
            CrmRecord restored = new TrashRestorer(tx).restore(TrashSnapshot.of(kind, entry.snapshot()));
            trash.delete(kind, id);
            tx.emit(new TrashEvent.Restored(kind, id, tx.now()));
            return restored;
        });
    }

    /**
     * Removes one entry for good. Publishes {@link TrashEvent.Purged}.
     *
     * @param kind the record's kind
     * @param id the record's id
     * @throws NullPointerException when {@code kind} is null
     * @throws NotFoundException when the trash holds no such record
     */
    public void purge(TrashKind kind, long id) {
        Objects.requireNonNull(kind, "kind");
        transactor.inTransaction(tx -> {
            if (!tx.work().trash().delete(kind, id)) {
                throw notInTrash(kind, id);
            }
            tx.emit(new TrashEvent.Purged(kind, id, tx.now()));
            return null;
        });
    }

    /**
     * Removes every entry deleted before {@code olderThan}, publishing a {@link TrashEvent.Purged} each.
     *
     * @param olderThan the cutoff
     * @return the number of entries removed
     * @throws NullPointerException when {@code olderThan} is null
     */
    public int purge(Instant olderThan) {
        Objects.requireNonNull(olderThan, "olderThan");
        return transactor.inTransaction(tx -> {
            TrashRepository trash = tx.work().trash();
            int purged = 0;
            List<TrashEntry> chunk;
            do {
                chunk = trash.deletedBefore(olderThan, PURGE_CHUNK);
                for (TrashEntry entry : chunk) {
                    trash.delete(entry.kind(), entry.recordId());
                    tx.emit(new TrashEvent.Purged(entry.kind(), entry.recordId(), tx.now()));
                }
                purged += chunk.size();
            } while (chunk.size() == PURGE_CHUNK);
            return purged;
        });
    }

    /**
     * Removes the entries older than the {@link #retention()}: what a host schedules (daily, say).
     *
     * @return the number of entries removed
     */
    public int purgeExpired() {
        return purge(transactor.clock().instant().minus(retention));
    }

    /** Moves a deleted record's snapshot into the trash, in the delete's transaction, publishing {@link TrashEvent.Trashed}. */
    static void put(Tx tx, TrashSnapshot snapshot) {
        keep(tx, snapshot);
        tx.emit(new TrashEvent.Trashed(snapshot.kind, snapshot.record.id(), tx.now()));
    }

    /**
     * Moves a deleted record's snapshot into the trash without an event of its own: for an
     * operation whose one event says it (a merge).
     */
    static void keep(Tx tx, TrashSnapshot snapshot) {
        tx.work()
                .trash()
                .insert(new TrashEntry(
                        snapshot.kind,
                        snapshot.record.id(),
                        snapshot.label(),
                        tx.now(),
                        tx.actorDescription(),
                        snapshot.toJson()));
    }

    /**
     * The start of a tagged record's delete cascade: deletes its activities, notes its tags in the
     * delete's snapshot and removes them.
     */
    static void deleteActivitiesAndTags(Tx tx, TaggableKind kind, long id, ActivityQuery activities) {
        ActivityService.deleteLinked(tx, activities);
        captureTags(tx, kind, id);
        tx.work().tags().removeTaggings(kind, id);
    }

    /** Notes the record's tags in the delete's snapshot, before its cascade removes them. */
    static void captureTags(Tx tx, TaggableKind kind, long id) {
        TrashSnapshot snapshot = tx.trashing();
        if (snapshot != null) {
            tx.work().tags().tagsOf(kind, List.of(id)).getOrDefault(id, List.of()).stream()
                    .map(Tag::id)
                    .forEach(snapshot.tagIds::add);
        }
    }

    /** Notes a deal's stage history in the delete's snapshot; the schema deletes it with the deal. */
    static void captureStageChanges(Tx tx, long dealId) {
        TrashSnapshot snapshot = tx.trashing();
        if (snapshot != null) {
            snapshot.stageChanges.addAll(Pages.all(cursor -> tx.work()
                    .dealStageChanges()
                    .find(DealStageChangeQuery.ofDeals(Set.of(dealId))
                            .limit(PageRequest.MAX_LIMIT)
                            .after(cursor))));
        }
    }

    private static NotFoundException notInTrash(TrashKind kind, long id) {
        return new NotFoundException("trashed " + kind.code(), id);
    }

    private static String encode(TrashEntry e) {
        return e.deletedAt().getEpochSecond() + "." + e.deletedAt().getNano() + "~"
                + e.kind().code() + "~" + e.recordId();
    }

    private static TrashEntry decode(String cursor) {
        Matcher m = CURSOR.matcher(cursor);
        Optional<TrashKind> kind = m.matches() ? TrashKind.of(m.group(3)) : Optional.empty();
        if (kind.isEmpty()) {
            throw new ValidationException("cursor", "is not a cursor of the trash list");
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        return new TrashEntry(kind.get(), Long.parseLong(m.group(4)), "", at, null, "");
    }
}
