package dev.crmkit.core.model;

import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Operations on tasks, as generated. Logical ids of 0 mean "none given". */
final class TaskOps {

    private TaskOps() {}

    record Create(
            String title,
            TaskPriority priority,
            TaskStatus status,
            long contactId,
            long dealId,
            @Nullable LocalDate dueDate)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.createTask(this);
        }
    }

    record Update(
            long id,
            Patch<String> title,
            Patch<TaskPriority> priority,
            Patch<TaskStatus> status,
            Patch<Long> contactId,
            Patch<Long> dealId,
            Patch<LocalDate> dueDate,
            @Nullable Long expectedVersion)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.updateTask(this);
        }
    }

    record Delete(long id) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.deleteTask(this);
        }
    }

    record Find(
            Set<TaskStatus> statuses,
            Set<TaskPriority> priorities,
            long contactId,
            long dealId,
            @Nullable LocalDate dueBefore,
            @Nullable LocalDate dueAfter,
            boolean overdue,
            TaskSort sort,
            SortDirection direction,
            int limit,
            boolean total,
            int pages,
            int handle)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return CommonOps.read(subject, subject.findTasks(this), pages, handle);
        }
    }
}
