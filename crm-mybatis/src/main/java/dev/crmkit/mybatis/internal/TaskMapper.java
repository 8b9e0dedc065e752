package dev.crmkit.mybatis.internal;

import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The task statements; SQL in {@code TaskMapper.xml}. */
public interface TaskMapper extends QueryMapper<TaskMapper.TaskRow, TaskMapper.TaskRow, TaskMapper.TaskFilter> {

    /** {@return the rows whose title is one of these} */
    List<TaskRow> findByTitles(@Param("titles") Collection<String> titles);

    /** A task as stored: priority and status as their lower-case keys. */
    record TaskRow(
            long id,
            String title,
            @Nullable String description,
            String priority,
            String status,
            @Nullable Long contactId,
            @Nullable Long dealId,
            @Nullable LocalDate dueDate,
            @Nullable Instant completedAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static TaskRow of(Task t) {
            return new TaskRow(
                    t.id(),
                    t.title(),
                    t.description(),
                    t.priority().key(),
                    t.status().key(),
                    t.contactId(),
                    t.dealId(),
                    t.dueDate(),
                    t.completedAt(),
                    t.createdAt(),
                    t.updatedAt(),
                    t.version());
        }

        Task toTask() {
            return new Task(
                    id,
                    title,
                    description,
                    TaskPriority.fromKey(priority),
                    TaskStatus.fromKey(status),
                    contactId,
                    dealId,
                    dueDate,
                    completedAt,
                    createdAt,
                    updatedAt,
                    version);
        }
    }

    /**
     * The filters of a task query; see {@link dev.crmkit.core.task.TaskQuery}.
     *
     * @param statuses status keys; empty means any
     * @param priorities priority keys; empty means any
     * @param overdueOn when only overdue tasks are wanted: today, which their due date is before
     * @param openStatuses the keys of the statuses that count as open, for the overdue filter
     */
    record TaskFilter(
            List<String> statuses,
            List<String> priorities,
            @Nullable Long contactId,
            @Nullable Long dealId,
            @Nullable LocalDate dueBefore,
            @Nullable LocalDate dueAfter,
            @Nullable LocalDate overdueOn,
            List<String> openStatuses)
            implements OgnlRecord {}
}
