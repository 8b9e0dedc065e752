package dev.crmkit.core.service;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.TaskRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import dev.crmkit.core.trash.TrashKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, updates, completes, deletes and searches tasks, enforcing their rules: linked
 * contacts and deals exist, {@code completedAt} follows the status. Every method is one
 * transaction; events are published after it commits. Thread-safe.
 *
 * <p>Linking a task to a contact or deal locks that parent's row first ({@code lockById}), in
 * the order contact, then deal (the order every service uses), so a task is never left pointing
 * at a parent deleted concurrently: the delete either waits and sees the task, or the link is
 * refused.
 */
public final class TaskService extends AggregateService<Task, TaskRepository> {

    TaskService(Transactor transactor) {
        super(
                transactor,
                new Aggregate<>(
                        UnitOfWork::tasks,
                        Task::withUpdatedAt,
                        TaskEvent.Created::new,
                        TaskEvent.Updated::new,
                        TaskEvent.Deleted::new,
                        TrashKind.TASK));
    }

    /**
     * @param command the record to create
     * @return the task
     * @throws dev.crmkit.core.kernel.ValidationException on {@code contactId} or {@code dealId} that does not exist
     */
    public Task create(NewTask command) {
        return create(tx -> newTask(tx, command));
    }

    /**
     * Creates many tasks in one transaction, with the rules of {@link #create(NewTask)}: all or
     * nothing, one {@link TaskEvent.Created} per task in order, inserted as one batch.
     *
     * @param commands the tasks to create
     * @return the tasks as stored, in the given order
     * @throws dev.crmkit.core.kernel.ValidationException naming every refused field of every task,
     *     prefixed with its index in {@code commands}, e.g. {@code [3].dealId}
     */
    public List<Task> createAll(List<NewTask> commands) {
        return createAll(commands, TaskService::newTask, (tx, tasks) -> {});
    }

    private static Task newTask(Tx tx, NewTask command) {
        FieldErrors errors = new FieldErrors();
        requireLinks(tx, command.contactId(), command.dealId(), errors);
        errors.throwIfAny();
        return new Task(
                0,
                command.title(),
                command.description(),
                command.priority(),
                command.status(),
                command.contactId(),
                command.dealId(),
                command.dueDate(),
                command.status() == TaskStatus.COMPLETED ? tx.now() : null,
                tx.now(),
                tx.now(),
                0);
    }

    /**
     * Applies the update. An update that changes nothing writes nothing and keeps the version.
     * Becoming completed sets {@code completedAt}; leaving completed clears it.
     *
     * @param id the record's id
     * @param update the fields to change
     * @throws dev.crmkit.core.kernel.NotFoundException when there is no such task
     * @throws dev.crmkit.core.kernel.StaleVersionException when {@code expectedVersion} is stale
     * @throws dev.crmkit.core.kernel.ValidationException on a linked contact or deal that does not exist
     * @return the task
     */
    public Task update(long id, TaskUpdate update) {
        return update(id, update.expectedVersion(), (tx, current) -> apply(tx, current, update));
    }

    @Override
    void afterUpdate(Tx tx, Task before, Task after) {
        if (after.completed() && !before.completed()) {
            tx.emit(new TaskEvent.Completed(after, tx.now()));
        }
    }

    /**
     * Marks the task completed; completing a completed task changes nothing.
     *
     * @param id the record's id
     * @return the task
     */
    public Task complete(long id) {
        return update(id, TaskUpdate.builder().status(TaskStatus.COMPLETED).build());
    }

    /**
     * {@return the tasks whose title is exactly one of these, in no particular order}: how an
     * import finds the task a row describes. One query per {@value ContactService#EMAILS_PER_QUERY} titles.
     *
     * @param titles the titles, any number
     */
    public List<Task> findByTitles(Collection<String> titles) {
        return read(tasks -> inChunks(titles, tasks::findByTitles));
    }

    /**
     * {@return one page of tasks matching the query; "overdue" is judged by the clock's current day}
     *
     * @param query filters, sort and page
     */
    public Page<Task> find(TaskQuery query) {
        LocalDate today = LocalDate.now(transactor.clock());
        return read(tasks -> tasks.find(query, today));
    }

    private static Task apply(Tx tx, Task current, TaskUpdate update) {
        FieldErrors errors = new FieldErrors();
        Long contactId = update.contactId().applyTo(current.contactId());
        Long dealId = update.dealId().applyTo(current.dealId());
        requireLinks(
                tx,
                Objects.equals(contactId, current.contactId()) ? null : contactId,
                Objects.equals(dealId, current.dealId()) ? null : dealId,
                errors);
        errors.throwIfAny();
        TaskStatus status = Objects.requireNonNull(update.status().applyTo(current.status()));
        Instant completedAt =
                status != TaskStatus.COMPLETED ? null : current.completed() ? current.completedAt() : tx.now();
        return new Task(
                current.id(),
                Objects.requireNonNull(update.title().applyTo(current.title())),
                update.description().applyTo(current.description()),
                Objects.requireNonNull(update.priority().applyTo(current.priority())),
                status,
                contactId,
                dealId,
                update.dueDate().applyTo(current.dueDate()),
                completedAt,
                current.createdAt(),
                current.updatedAt(),
                current.version());
    }

    /** Locks the contact, then the deal, each when given; a missing one is a field error. Activities share it. */
    static void requireLinks(Tx tx, @Nullable Long contactId, @Nullable Long dealId, FieldErrors errors) {
        if (contactId != null && !tx.work().contacts().lockById(contactId)) {
            errors.add("contactId", "no contact with id " + contactId);
        }
        if (dealId != null && !tx.work().deals().lockById(dealId)) {
            errors.add("dealId", "no deal with id " + dealId);
        }
    }
}
