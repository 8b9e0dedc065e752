package dev.crmkit.jpa;

import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code crm_task}. Priority and status are stored as their lower-case keys, so they are
 * plain strings here rather than enum mappings (which some dialects would expect as native enum
 * columns).
 */
@Entity(name = TaskEntity.NAME)
@Table(name = "crm_task")
class TaskEntity {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmTask";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For Hibernate. */
    protected TaskEntity() {}

    static TaskEntity of(Task task) {
        TaskEntity entity = new TaskEntity();
        entity.copyFrom(task);
        entity.createdAt = task.createdAt();
        return entity;
    }

    void copyFrom(Task task) {
        title = task.title();
        description = task.description();
        priority = task.priority().key();
        status = task.status().key();
        contactId = task.contactId();
        dealId = task.dealId();
        dueDate = task.dueDate();
        completedAt = task.completedAt();
        updatedAt = task.updatedAt();
    }

    Task toRecord() {
        return new Task(id(), title, description, TaskPriority.fromKey(priority), TaskStatus.fromKey(status),
                contactId, dealId, dueDate, completedAt, createdAt, updatedAt, version);
    }

    long id() {
        return Objects.requireNonNull(id, "id is issued on insert");
    }

    long version() {
        return version;
    }
}
