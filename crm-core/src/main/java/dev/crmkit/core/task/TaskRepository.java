package dev.crmkit.core.task;

import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.CrmRepository;
import java.time.LocalDate;

/** Persists tasks; owned by a {@link dev.crmkit.core.storage.UnitOfWork}. */
public interface TaskRepository extends CrmRepository<Task> {

    @Override
    default String entity() {
        return "task";
    }

    /**
     * One page of the tasks matching the query, in its order.
     *
     * @param today the day the {@code overdue} filter compares due dates with
     */
    Page<Task> find(TaskQuery query, LocalDate today);
}
