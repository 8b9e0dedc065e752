package dev.crmkit.core.task;

import dev.crmkit.core.kernel.CrmRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something to do, optionally about a contact and a deal.
 *
 * @param title never blank, at most {@value #TITLE_MAX} characters
 * @param description at most {@value #DESCRIPTION_MAX} characters
 * @param contactId the contact it is about; deleting the contact deletes the task
 * @param dealId the deal it is about; deleting the deal detaches the task
 * @param dueDate the day it is due; a task still open after that day is overdue
 * @param completedAt set when the status became {@link TaskStatus#COMPLETED}, cleared when it left
 */
public record Task(
        long id,
        String title,
        @Nullable String description,
        TaskPriority priority,
        TaskStatus status,
        @Nullable Long contactId,
        @Nullable Long dealId,
        @Nullable LocalDate dueDate,
        @Nullable Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements CrmRecord {

    /** Longest title, in code points. */
    public static final int TITLE_MAX = 200;
    /** Longest description, in code points. */
    public static final int DESCRIPTION_MAX = 4_000;

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param id database-issued id
     * @param title never blank, at most {@value #TITLE_MAX} characters
     * @param description at most {@value #DESCRIPTION_MAX} characters
     * @param priority the priority
     * @param status the status
     * @param contactId the contact it is about; deleting the contact deletes the task
     * @param dealId the deal it is about; deleting the deal detaches the task
     * @param dueDate the day it is due; a task still open after that day is overdue
     * @param completedAt set when the status became {@link TaskStatus#COMPLETED}, cleared when it left
     * @param createdAt when it was created, from the {@code Crm}'s clock
     * @param updatedAt when it was last changed, from the {@code Crm}'s clock
     * @param version incremented by every update, for optimistic locking
     */
    public Task {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * {@return this task linked to another deal, or to none; nothing else changes}
     *
     * @param dealId the deal's id, or {@code null} for none
     */
    public Task withDealId(@Nullable Long dealId) {
        return new Task(
                id,
                title,
                description,
                priority,
                status,
                contactId,
                dealId,
                dueDate,
                completedAt,
                createdAt,
                updatedAt,
                version);
    }

    /**
     * {@return this task with another {@code updatedAt}; nothing else changes}
     *
     * @param updatedAt the new {@code updatedAt}
     */
    public Task withUpdatedAt(Instant updatedAt) {
        return new Task(
                id,
                title,
                description,
                priority,
                status,
                contactId,
                dealId,
                dueDate,
                completedAt,
                createdAt,
                updatedAt,
                version);
    }

    /**
     * Derived from the status: true exactly when it is {@link TaskStatus#COMPLETED}.
     *
     * @return whether the task is completed
     */
    public boolean completed() {
        return status == TaskStatus.COMPLETED;
    }

    /**
     * {@return true when the task is still open and its due date is before {@code today}}
     *
     * @param today the day, in UTC, that decides what is overdue
     */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    /**
     * The same task as stored under the id and version the storage issued.
     *
     * @param id the issued id
     * @param version the stored version
     * @return a copy with that id and version
     */
    public Task withIdentity(long id, long version) {
        return new Task(
                id,
                title,
                description,
                priority,
                status,
                contactId,
                dealId,
                dueDate,
                completedAt,
                createdAt,
                updatedAt,
                version);
    }
}
