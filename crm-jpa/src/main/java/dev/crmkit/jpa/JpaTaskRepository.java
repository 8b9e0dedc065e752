package dev.crmkit.jpa;

import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.TaskRepository;
import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Tasks over JPA; one per unit of work. */
final class JpaTaskRepository extends JpaAggregateRepository<Task, TaskEntity> implements TaskRepository {

    JpaTaskRepository(EntityManager em) {
        super(em, TaskEntity.class, TaskEntity::new, JdbcBatchInserts::tasks);
    }

    @Override
    public List<Task> findByTitles(Collection<String> titles) {
        return findWhereIn("title", titles);
    }

    @Override
    public Page<Task> find(TaskQuery query, LocalDate today) {
        return page(filter(query, today), query.page());
    }

    private static JpqlFilter filter(TaskQuery query, LocalDate today) {
        JpqlFilter filter = new JpqlFilter();
        filter.andIn(
                "status",
                "statuses",
                query.statuses().stream().map(TaskStatus::key).toList());
        filter.andIn(
                "priority",
                "priorities",
                query.priorities().stream().map(TaskPriority::key).toList());
        filter.andIfGiven("e.contactId = :contactId", "contactId", query.contactId());
        filter.andIfGiven("e.dealId = :dealId", "dealId", query.dealId());
        filter.andIfGiven("e.dueDate < :dueBefore", "dueBefore", query.dueBefore());
        filter.andIfGiven("e.dueDate > :dueAfter", "dueAfter", query.dueAfter());
        if (query.overdue()) {
            filter.and("e.status in :openStatuses and e.dueDate < :today", "today", today)
                    .bind("openStatuses", List.of(TaskStatus.TODO.key(), TaskStatus.IN_PROGRESS.key()));
        }
        return filter;
    }
}
