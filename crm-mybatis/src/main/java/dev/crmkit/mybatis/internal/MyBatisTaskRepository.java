package dev.crmkit.mybatis.internal;

import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.TaskRepository;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.mybatis.internal.TaskMapper.TaskFilter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Tasks through {@link TaskMapper}: one statement per operation, two for a page with its total. */
final class MyBatisTaskRepository extends MyBatisQueryRepository<Task, Task, Task, TaskFilter, TaskMapper>
        implements TaskRepository {

    private static final List<String> OPEN_STATUSES = Arrays.stream(TaskStatus.values())
            .filter(TaskStatus::isOpen)
            .map(TaskStatus::key)
            .toList();

    MyBatisTaskRepository(TaskMapper mapper, Bulk<Task> bulk) {
        super(mapper, Function.identity(), Function.identity(), Task::withIdentity, bulk);
    }

    @Override
    public Page<Task> find(TaskQuery query, LocalDate today) {
        return page(
                query.page(),
                new TaskFilter(
                        query.statuses().stream().map(TaskStatus::key).sorted().toList(),
                        query.priorities().stream()
                                .map(TaskPriority::key)
                                .sorted()
                                .toList(),
                        query.contactId(),
                        query.dealId(),
                        query.dueBefore(),
                        query.dueAfter(),
                        query.overdue() ? today : null,
                        OPEN_STATUSES));
    }

    @Override
    public List<Task> findByTitles(Collection<String> titles) {
        return findWhereIn(titles, mapper::findByTitles);
    }
}
