package dev.crmkit.jpa;

import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code crm_task}. Priority and status are stored as their lower-case keys, so they are
 * plain strings here rather than enum mappings (which some dialects would expect as native enum
 * columns).
 */
@Entity(name = TaskEntity.NAME)
@Table(name = "crm_task")
class TaskEntity extends CrmEntity<Task> {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmTask";

    @Column(name = "title", nullable = false, length = Task.TITLE_MAX)
    private String title = "";

    @Column(name = "description", length = Task.DESCRIPTION_MAX)
    private @Nullable String description;

    @Column(name = "priority", nullable = false, length = 10)
    private String priority = "";

    /**
     * Computed by the database from {@link #priority}; mapped only so that queries can sort by it.
     * Deliberately not {@code @Generated}: that would re-read the row after every write.
     */
    @Column(name = "priority_rank", insertable = false, updatable = false)
    private short priorityRank;

    @Column(name = "status", nullable = false, length = 20)
    private String status = "";

    @Column(name = "contact_id")
    private @Nullable Long contactId;

    @Column(name = "deal_id")
    private @Nullable Long dealId;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    /** For Hibernate. */
    protected TaskEntity() {}

    @Override
    protected void copyFields(Task task) {
        title = task.title();
        description = task.description();
        priority = task.priority().key();
        status = task.status().key();
        contactId = task.contactId();
        dealId = task.dealId();
        dueDate = task.dueDate();
        completedAt = task.completedAt();
    }

    @Override
    Task toRecord() {
        return new Task(
                id(),
                title,
                description,
                TaskPriority.fromKey(priority),
                TaskStatus.fromKey(status),
                contactId,
                dealId,
                dueDate,
                completedAt,
                createdAt(),
                updatedAt(),
                version());
    }
}
