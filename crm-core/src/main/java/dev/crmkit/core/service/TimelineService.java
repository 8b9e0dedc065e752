package dev.crmkit.core.service;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivitySort;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealStageChangeQuery;
import dev.crmkit.core.deal.DealStageChangeSort;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Keyset;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.query.SortField;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.timeline.TimelineCursor;
import dev.crmkit.core.timeline.TimelineEntry;
import dev.crmkit.core.timeline.TimelinePage;
import dev.crmkit.core.timeline.TimelineSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record's timeline: its activities, its completed tasks and its deals' stage changes,
 * merged newest first and keyset-paged with an opaque cursor. Thread-safe; each call is one
 * (read) transaction.
 *
 * <ul>
 *   <li>a contact's timeline: activities linked to it, its completed tasks, and the stage changes
 *       of the deals linked to it now;</li>
 *   <li>a deal's timeline: activities linked to it, its completed tasks and its stage changes;</li>
 *   <li>a company's timeline: activities linked to it.</li>
 * </ul>
 *
 * <p>Order: by instant (an activity's {@code occurredAt}, a task's {@code completedAt}, a change's
 * {@code changedAt}), newest first; at the same instant by {@link TimelineSource} order, then by
 * id, highest first. Each source is read with its own keyset query positioned at the cursor, and
 * the sources' pages are merged (a k-way merge of at most {@code limit + 1} rows each), so a deep
 * page costs what the first page costs.
 */
public final class TimelineService extends TransactionalService {

    private static final String SCOPED_FORMAT = "s1";
    private static final String SCOPE_SEPARATOR = "\0";

    TimelineService(Transactor transactor) {
        super(transactor);
    }

    /**
     * One page of a contact's timeline.
     *
     * @param contactId the contact
     * @param cursor the {@link TimelinePage#nextCursor()} of the previous page, or {@code null} for the first
     * @param limit entries per page, {@value PageRequest#MIN_LIMIT} to {@value PageRequest#MAX_LIMIT}
     * @return the page, newest first
     * @throws NotFoundException when there is no such contact
     * @throws dev.crmkit.core.kernel.ValidationException on {@code limit} or {@code cursor}
     */
    public TimelinePage contact(long contactId, @Nullable String cursor, int limit) {
        return ofExisting(UnitOfWork::contacts, contactId, tx -> {
            Set<Long> deals = tx.work().deals().findAll(DealQuery.all().withContact(contactId)).stream()
                    .map(Deal::id)
                    .collect(Collectors.toSet());
            return merge(
                    tx,
                    "contact/" + contactId,
                    ActivityQuery.all().withContact(contactId),
                    TaskQuery.all().withContact(contactId),
                    deals,
                    cursor,
                    limit);
        });
    }

    /**
     * One page of a deal's timeline.
     *
     * @param dealId the deal
     * @param cursor the {@link TimelinePage#nextCursor()} of the previous page, or {@code null} for the first
     * @param limit entries per page, {@value PageRequest#MIN_LIMIT} to {@value PageRequest#MAX_LIMIT}
     * @return the page, newest first
     * @throws NotFoundException when there is no such deal
     * @throws dev.crmkit.core.kernel.ValidationException on {@code limit} or {@code cursor}
     */
    public TimelinePage deal(long dealId, @Nullable String cursor, int limit) {
        return ofExisting(
                UnitOfWork::deals,
                dealId,
                tx -> merge(
                        tx,
                        "deal/" + dealId,
                        ActivityQuery.all().withDeal(dealId),
                        TaskQuery.all().withDeal(dealId),
                        Set.of(dealId),
                        cursor,
                        limit));
    }

    /**
     * One page of a company's timeline: the activities linked to it.
     *
     * @param companyId the company
     * @param cursor the {@link TimelinePage#nextCursor()} of the previous page, or {@code null} for the first
     * @param limit entries per page, {@value PageRequest#MIN_LIMIT} to {@value PageRequest#MAX_LIMIT}
     * @return the page, newest first
     * @throws NotFoundException when there is no such company
     * @throws dev.crmkit.core.kernel.ValidationException on {@code limit} or {@code cursor}
     */
    public TimelinePage company(long companyId, @Nullable String cursor, int limit) {
        return ofExisting(
                UnitOfWork::companies,
                companyId,
                tx -> merge(
                        tx,
                        "company/" + companyId,
                        ActivityQuery.all().withCompany(companyId),
                        null,
                        Set.of(),
                        cursor,
                        limit));
    }

    /** Reads a record's timeline page in one transaction, or refuses when the record does not exist. */
    private TimelinePage ofExisting(
            Function<UnitOfWork, CrmRepository<?>> records, long id, Function<Tx, TimelinePage> page) {
        return transactor.inTransaction(tx -> {
            CrmRepository<?> repository = records.apply(tx.work());
            if (!repository.existsById(id)) {
                throw new NotFoundException(repository.entity(), id);
            }
            return page.apply(tx);
        });
    }

    private static TimelinePage merge(
            Tx tx,
            String record,
            ActivityQuery activityQuery,
            @Nullable TaskQuery taskQuery,
            Set<Long> dealIds,
            @Nullable String cursorText,
            int limit) {
        // Validates the limit as every page request does.
        PageRequest<ActivitySort> activityPage =
                PageRequest.first(ActivitySort.OCCURRED_AT, SortDirection.DESC).withLimit(limit);
        TimelineCursor cursor = cursorText == null ? null : TimelineCursor.decode(unscoped(record, cursorText));
        List<TimelineEntry> entries = new ArrayList<>();
        Page<Activity> activities = tx.work()
                .activities()
                .find(activityQuery.withPage(positioned(activityPage, cursor, TimelineSource.ACTIVITY)));
        activities.items().forEach(activity -> entries.add(new TimelineEntry.ActivityEntry(activity)));
        // A source with more rows than it returned continues on the next page.
        boolean more = activities.hasNext();
        if (taskQuery != null) {
            PageRequest<TaskSort> taskPage =
                    PageRequest.first(TaskSort.COMPLETED_AT, SortDirection.DESC).withLimit(limit);
            LocalDate today = tx.today();
            Page<Task> tasks = tx.work()
                    .tasks()
                    .find(
                            taskQuery
                                    .withStatus(TaskStatus.COMPLETED)
                                    .withPage(positioned(taskPage, cursor, TimelineSource.TASK)),
                            today);
            tasks.items().stream()
                    .filter(task -> task.completedAt() != null)
                    .forEach(task -> entries.add(new TimelineEntry.TaskEntry(task)));
            more |= tasks.hasNext();
        }
        if (!dealIds.isEmpty()) {
            PageRequest<DealStageChangeSort> changePage = PageRequest.first(
                            DealStageChangeSort.CHANGED_AT, SortDirection.DESC)
                    .withLimit(limit);
            Page<DealStageChange> changes = tx.work()
                    .dealStageChanges()
                    .find(new DealStageChangeQuery(
                            dealIds, positioned(changePage, cursor, TimelineSource.STAGE_CHANGE)));
            changes.items().forEach(change -> entries.add(new TimelineEntry.StageChangeEntry(change)));
            more |= changes.hasNext();
        }
        entries.sort(TimelineEntry.NEWEST_FIRST);
        List<TimelineEntry> page = entries.size() > limit ? entries.subList(0, limit) : entries;
        boolean hasNext = (more || entries.size() > limit) && !page.isEmpty();
        return new TimelinePage(
                page,
                hasNext
                        ? Optional.of(scoped(
                                record,
                                TimelineCursor.after(page.get(page.size() - 1)).encode()))
                        : Optional.empty());
    }

    /**
     * The cursor text a client gets: the position, named with the record whose timeline it pages, so that
     * a cursor of another record's timeline is refused rather than silently skipping this one's newer entries.
     */
    private static String scoped(String record, String position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(SCOPE_SEPARATOR, SCOPED_FORMAT, record, position)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The position a {@link #scoped} cursor holds, when it is one of this record's timeline. */
    private static String unscoped(String record, String text) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split(SCOPE_SEPARATOR, -1);
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length != 3 || !parts[0].equals(SCOPED_FORMAT)) {
            throw new ValidationException("cursor", "is not a cursor returned by this timeline");
        }
        if (!parts[1].equals(record)) {
            throw new ValidationException(
                    "cursor", "belongs to the timeline of another record; start again without a cursor");
        }
        return parts[2];
    }

    /**
     * Positions one source's descending keyset query at the merged cursor (at, source, id): a
     * source ordered before the cursor's keeps only older entries, the cursor's own source
     * continues after its id, and a source ordered after it also keeps the entries at that instant.
     */
    private static <S extends SortField<?>> PageRequest<S> positioned(
            PageRequest<S> page, @Nullable TimelineCursor cursor, TimelineSource source) {
        if (cursor == null) {
            return page;
        }
        int order = source.compareTo(cursor.source());
        long id = order < 0 ? Long.MIN_VALUE : order == 0 ? cursor.id() : Long.MAX_VALUE;
        return page.afterKeyset(new Keyset(cursor.at(), id));
    }
}
