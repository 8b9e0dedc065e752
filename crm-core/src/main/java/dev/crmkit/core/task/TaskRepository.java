package dev.crmkit.core.task;

import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.query.Page;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Persists tasks; owned by a {@link dev.crmkit.core.storage.UnitOfWork}. Repositories only
 * persist and query: the rules live in {@link TaskService}.
 */
public interface TaskRepository {

    Optional<Task> findById(long id);

    /** @throws NotFoundException when there is no such task */
    default Task getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("task", id));
    }

    boolean existsById(long id);

    /**
     * Inserts a new task. The given id and version are ignored.
     *
     * @return the task as stored: the database's id, version 0
     */
    Task insert(Task task);

    /**
     * Writes every field of the task if the stored version still equals {@code task.version()}.
     *
     * @return the task as stored, version incremented by one
     * @throws dev.crmkit.core.ConcurrentModificationException when the stored version differs
     * @throws NotFoundException when the task no longer exists
     */
    Task update(Task task);

    /** @return false when there was no such task */
    boolean deleteById(long id);

    /**
     * One page of the tasks matching the query, in its order.
     *
     * @param today the day the {@code overdue} filter compares due dates with
     */
    Page<Task> find(TaskQuery query, LocalDate today);
}
