package dev.crmkit.core.storage;

import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Persists tasks; owned by a {@link dev.crmkit.core.storage.UnitOfWork}. */
public interface TaskRepository extends CrmRepository<Task> {

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

    /**
     * {@return the tasks whose title is exactly one of these, in no particular order}: how an
     * import finds the stored task a row describes.
     *
     * @param titles the titles, at most {@link PageRequest#MAX_LIMIT}
     */
    List<Task> findByTitles(Collection<String> titles);
}
