package dev.crmkit.core.storage.memory;

import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.TaskRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Tasks in memory. */
final class MemoryTaskRepository extends MemoryRepository<Task> implements TaskRepository {

    MemoryTaskRepository(InMemoryUnitOfWork work) {
        super(work, Table.TASK, Task::withIdentity, Tables::requireReferences);
    }

    @Override
    public Page<Task> find(TaskQuery query, LocalDate today) {
        return page(
                task -> (query.statuses().isEmpty() || query.statuses().contains(task.status()))
                        && (query.priorities().isEmpty() || query.priorities().contains(task.priority()))
                        && (query.contactId() == null || Objects.equals(task.contactId(), query.contactId()))
                        && (query.dealId() == null || Objects.equals(task.dealId(), query.dealId()))
                        && (query.dueBefore() == null
                                || task.dueDate() != null && task.dueDate().isBefore(query.dueBefore()))
                        && (query.dueAfter() == null
                                || task.dueDate() != null && task.dueDate().isAfter(query.dueAfter()))
                        && (!query.overdue() || task.isOverdue(today)),
                query.page());
    }

    @Override
    public List<Task> findByTitles(Collection<String> titles) {
        return withTitles(titles, Task::title);
    }
}
