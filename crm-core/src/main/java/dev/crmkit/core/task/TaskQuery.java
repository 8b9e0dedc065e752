package dev.crmkit.core.task;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortDirection;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which tasks to return, in which order, and which page. Every filter given must match. Start
 * from {@link #all()} and narrow:
 *
 * <pre>{@code
 * TaskQuery.all().onlyOverdue().sortedBy(TaskSort.DUE_DATE, SortDirection.ASC)
 * }</pre>
 *
 * @param statuses tasks with one of these statuses; empty means any
 * @param priorities tasks with one of these priorities; empty means any
 * @param contactId tasks about this contact
 * @param dealId tasks about this deal
 * @param dueBefore tasks due strictly before this day
 * @param dueAfter tasks due strictly after this day
 * @param overdue only tasks still open (todo or in progress) whose due date is before today, by
 *     the {@link dev.crmkit.core.Crm}'s clock
 * @param page sort, limit, cursor and total
 */
public record TaskQuery(
        Set<TaskStatus> statuses,
        Set<TaskPriority> priorities,
        @Nullable Long contactId,
        @Nullable Long dealId,
        @Nullable LocalDate dueBefore,
        @Nullable LocalDate dueAfter,
        boolean overdue,
        PageRequest<TaskSort> page)
        implements PagedQuery<TaskQuery, TaskSort> {

    /**
     * @param statuses the statuses to keep; empty for any
     * @param priorities the priorities to keep; empty for any
     * @param contactId the contact's id, or {@code null} for none
     * @param dealId the deal's id, or {@code null} for none
     * @param dueBefore the due before
     * @param dueAfter the due after
     * @param overdue the overdue
     * @param page the sort, limit, cursor and total
     * @throws dev.crmkit.core.kernel.ValidationException on {@code dueBefore} or {@code dueAfter} outside
     *     {@link dev.crmkit.core.kernel.StorageLimits#MIN_DATE}..{@link dev.crmkit.core.kernel.StorageLimits#MAX_DATE},
     *     or {@code dueAfter} not before {@code dueBefore}
     */
    public TaskQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        priorities = priorities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(priorities));
        FieldErrors errors = new FieldErrors();
        dueBefore = errors.date("dueBefore", dueBefore);
        dueAfter = errors.date("dueAfter", dueAfter);
        errors.check(
                dueBefore == null || dueAfter == null || dueAfter.isBefore(dueBefore),
                "dueAfter",
                "must be before the due-before date");
        Objects.requireNonNull(page, "page");
        errors.throwIfAny();
    }

    /** {@return every task, by id, first page of {@value PageRequest#DEFAULT_LIMIT}} */
    public static TaskQuery all() {
        return new TaskQuery(
                Set.of(), Set.of(), null, null, null, null, false, PageRequest.first(TaskSort.ID, SortDirection.ASC));
    }

    /**
     * Only tasks with one of these statuses; empty for any.
     *
     * @param statuses the statuses to keep; empty for any
     * @return a copy of this query with the change
     */
    public TaskQuery withStatuses(Set<TaskStatus> statuses) {
        return new TaskQuery(statuses, priorities, contactId, dealId, dueBefore, dueAfter, overdue, page);
    }

    /**
     * Only tasks with this status; {@code null} for any.
     *
     * @param status the status
     * @return a copy of this query with the change
     */
    public TaskQuery withStatus(TaskStatus status) {
        return withStatuses(Set.of(status));
    }

    /**
     * Only tasks with one of these priorities; empty for any.
     *
     * @param priorities the priorities to keep; empty for any
     * @return a copy of this query with the change
     */
    public TaskQuery withPriorities(Set<TaskPriority> priorities) {
        return new TaskQuery(statuses, priorities, contactId, dealId, dueBefore, dueAfter, overdue, page);
    }

    /**
     * Only tasks with this priority; {@code null} for any.
     *
     * @param priority the priority
     * @return a copy of this query with the change
     */
    public TaskQuery withPriority(TaskPriority priority) {
        return withPriorities(Set.of(priority));
    }

    /**
     * Only tasks with this contact; {@code null} for any.
     *
     * @param contactId the contact's id, or {@code null} for none
     * @return a copy of this query with the change
     */
    public TaskQuery withContact(@Nullable Long contactId) {
        return new TaskQuery(statuses, priorities, contactId, dealId, dueBefore, dueAfter, overdue, page);
    }

    /**
     * Only tasks with this deal; {@code null} for any.
     *
     * @param dealId the deal's id, or {@code null} for none
     * @return a copy of this query with the change
     */
    public TaskQuery withDeal(@Nullable Long dealId) {
        return new TaskQuery(statuses, priorities, contactId, dealId, dueBefore, dueAfter, overdue, page);
    }

    /**
     * Tasks due strictly between the two days; either bound may be {@code null}.
     *
     * @param after the after
     * @param before the before
     * @return a copy of this query with the change
     */
    public TaskQuery dueBetween(@Nullable LocalDate after, @Nullable LocalDate before) {
        return new TaskQuery(statuses, priorities, contactId, dealId, before, after, overdue, page);
    }

    /**
     * Only open tasks whose due date has passed.
     *
     * @return a copy of this query with the change
     */
    public TaskQuery onlyOverdue() {
        return new TaskQuery(statuses, priorities, contactId, dealId, dueBefore, dueAfter, true, page);
    }

    /**
     * This query with another page request (sort, limit, cursor, total).
     *
     * @param page the sort, limit, cursor and total
     * @return a copy of this query with the change
     */
    public TaskQuery withPage(PageRequest<TaskSort> page) {
        return new TaskQuery(statuses, priorities, contactId, dealId, dueBefore, dueAfter, overdue, page);
    }
}
