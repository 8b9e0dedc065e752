package dev.crmkit.core.storage;

import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.time.LocalDate;
import java.util.List;

/** Persists tasks; owned by a {@link dev.crmkit.core.storage.UnitOfWork}. */
public interface TaskRepository extends TitledRepository<Task> {

    @Override
    default String entity() {
        return "task";
    }

    /**
     * One page of the tasks matching the query, in its order.
     *
     * @param query filters, sort and page
     * @param today the day the {@code overdue} filter compares due dates with
     * @return the page of tasks
     */
    Page<Task> find(TaskQuery query, LocalDate today);

    /**
     * {@return every task the query matches, read page by page in the query's order before the caller changes any}
     *
     * @param query filters, sort and page
     * @param today the day, in UTC, that decides what is overdue
     */
    default List<Task> findAll(TaskQuery query, LocalDate today) {
        return Pages.all(cursor -> find(query.limit(PageRequest.MAX_LIMIT).after(cursor), today));
    }
}
