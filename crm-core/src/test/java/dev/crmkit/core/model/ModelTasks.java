package dev.crmkit.core.model;

import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.model.ModelState.Errors;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The reference model's tasks. Rules: a title; linked contact and deal exist (checked only when
 * the link changes); completedAt set on becoming completed, kept while completed, cleared on
 * leaving; overdue means todo or in progress with a due date before today.
 */
final class ModelTasks {

    private final ModelState state;

    ModelTasks(ModelState state) {
        this.state = state;
    }

    Task create(TaskOps.Create op) {
        Errors command = new Errors();
        String title = command.required("title", op.title());
        command.throwIfAny();
        Errors rules = new Errors();
        if (op.contactId() != 0 && !state.contacts.containsKey(op.contactId())) {
            rules.add("contactId");
        }
        if (op.dealId() != 0 && !state.deals.containsKey(op.dealId())) {
            rules.add("dealId");
        }
        rules.throwIfAny();
        Instant now = state.now();
        Task created = new Task(
                state.nextTaskId(),
                Objects.requireNonNull(title),
                null,
                op.priority(),
                op.status(),
                op.contactId() == 0 ? null : op.contactId(),
                op.dealId() == 0 ? null : op.dealId(),
                op.dueDate(),
                op.status() == TaskStatus.COMPLETED ? now : null,
                now,
                now,
                0);
        state.tasks.put(created.id(), created);
        return created;
    }

    Task update(TaskOps.Update op) {
        Errors command = new Errors();
        Patch<String> title = command.required("title", op.title());
        if (op.priority() instanceof Patch.Clear) {
            command.add("priority");
        }
        if (op.status() instanceof Patch.Clear) {
            command.add("status");
        }
        command.throwIfAny();
        Task current = get(op.id());
        Versions.check("task", current, op.expectedVersion());
        Errors rules = new Errors();
        Long contactId = op.contactId().applyTo(current.contactId());
        if (!Objects.equals(contactId, current.contactId())
                && contactId != null
                && !state.contacts.containsKey(contactId)) {
            rules.add("contactId");
        }
        Long dealId = op.dealId().applyTo(current.dealId());
        if (!Objects.equals(dealId, current.dealId()) && dealId != null && !state.deals.containsKey(dealId)) {
            rules.add("dealId");
        }
        rules.throwIfAny();
        TaskStatus status = Objects.requireNonNull(op.status().applyTo(current.status()));
        Instant completedAt = status != TaskStatus.COMPLETED
                ? null
                : current.status() == TaskStatus.COMPLETED ? current.completedAt() : state.now();
        Task changed = new Task(
                current.id(),
                Objects.requireNonNull(title.applyTo(current.title())),
                current.description(),
                Objects.requireNonNull(op.priority().applyTo(current.priority())),
                status,
                contactId,
                dealId,
                op.dueDate().applyTo(current.dueDate()),
                completedAt,
                current.createdAt(),
                current.updatedAt(),
                current.version());
        if (changed.equals(current)) {
            return current;
        }
        Task updated = new Task(
                changed.id(),
                changed.title(),
                changed.description(),
                changed.priority(),
                changed.status(),
                changed.contactId(),
                changed.dealId(),
                changed.dueDate(),
                changed.completedAt(),
                changed.createdAt(),
                state.now(),
                current.version() + 1);
        state.tasks.put(updated.id(), updated);
        return updated;
    }

    void delete(long id) {
        if (state.tasks.remove(id) == null) {
            throw new NotFoundException("task", id);
        }
    }

    Pager find(TaskOps.Find op) {
        Errors query = new Errors();
        if (op.dueBefore() != null && op.dueAfter() != null && !op.dueAfter().isBefore(op.dueBefore())) {
            query.add("dueAfter");
        }
        query.throwIfAny();
        Function<Task, ? extends @Nullable Comparable<?>> value = switch (op.sort()) {
            case ID -> Task::id;
            case TITLE -> Task::title;
            case PRIORITY -> task -> rank(task.priority());
            case DUE_DATE -> Task::dueDate;
            case COMPLETED_AT -> Task::completedAt;
            case CREATED_AT -> Task::createdAt;
            case UPDATED_AT -> Task::updatedAt;
        };
        return new ModelPager<>(
                () -> state.tasks.values().stream()
                        .filter(task -> op.statuses().isEmpty() || op.statuses().contains(task.status()))
                        .filter(task ->
                                op.priorities().isEmpty() || op.priorities().contains(task.priority()))
                        .filter(task -> op.contactId() == 0 || Objects.equals(task.contactId(), op.contactId()))
                        .filter(task -> op.dealId() == 0 || Objects.equals(task.dealId(), op.dealId()))
                        .filter(task -> op.dueBefore() == null
                                || (task.dueDate() != null && task.dueDate().isBefore(op.dueBefore())))
                        .filter(task -> op.dueAfter() == null
                                || (task.dueDate() != null && task.dueDate().isAfter(op.dueAfter())))
                        // Every page is a request of its own: "today" is the clock's day when the page is read.
                        .filter(task -> !op.overdue() || isOverdue(task, state.today()))
                        .toList(),
                ModelPager.order(value, op.direction()),
                op.limit(),
                op.total());
    }

    private Task get(long id) {
        Task task = state.tasks.get(id);
        if (task == null) {
            throw new NotFoundException("task", id);
        }
        return task;
    }

    private static boolean isOverdue(Task task, LocalDate today) {
        boolean open = task.status() == TaskStatus.TODO || task.status() == TaskStatus.IN_PROGRESS;
        return open && task.dueDate() != null && task.dueDate().isBefore(today);
    }

    private static int rank(TaskPriority priority) {
        return switch (priority) {
            case LOW -> 0;
            case MEDIUM -> 1;
            case HIGH -> 2;
            case URGENT -> 3;
        };
    }
}
