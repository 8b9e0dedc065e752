package dev.crmkit.jpa;

import static dev.crmkit.jpa.JpaErrors.call;

import dev.crmkit.core.ConcurrentModificationException;
import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskRepository;
import dev.crmkit.core.task.TaskStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Tasks over JPA; one per unit of work. */
final class JpaTaskRepository implements TaskRepository {

    private final EntityManager em;

    JpaTaskRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Task> findById(long id) {
        return call(() -> Optional.ofNullable(em.find(TaskEntity.class, id)).map(TaskEntity::toRecord));
    }

    @Override
    public boolean existsById(long id) {
        return Writes.exists(em, TaskEntity.NAME, id);
    }

    @Override
    public Task insert(Task task) {
        return call(() -> {
            TaskEntity entity = TaskEntity.of(task);
            em.persist(entity);
            return entity.toRecord();
        });
    }

    @Override
    public Task update(Task task) {
        TaskEntity entity = call(() -> em.find(TaskEntity.class, task.id()));
        if (entity == null) {
            throw new NotFoundException("task", task.id());
        }
        if (entity.version() != task.version()) {
            throw new ConcurrentModificationException("task", task.id(), task.version());
        }
        boolean changed = !entity.toRecord().equals(task);
        entity.copyFrom(task);
        Writes.flushUpdate(em, entity, changed, "task", TaskEntity.NAME, task.id(), task.version());
        return entity.toRecord();
    }

    @Override
    public boolean deleteById(long id) {
        return call(() -> Writes.deleteOne(em, TaskEntity.class, "delete from " + TaskEntity.NAME + " e where e.id = ?1", id, false));
    }

    @Override
    public Page<Task> find(TaskQuery query, LocalDate today) {
        return call(() -> {
            JpqlFilter filter = filter(query, today);
            List<TaskEntity> rows = KeysetQuery.rows(em, TaskEntity.class, TaskEntity.NAME, filter, query.page());
            Long total = KeysetQuery.total(em, TaskEntity.NAME, filter, query.page());
            return Page.of(rows.stream().map(TaskEntity::toRecord).toList(), query.page(), total);
        });
    }

    private static JpqlFilter filter(TaskQuery query, LocalDate today) {
        JpqlFilter filter = new JpqlFilter();
        if (!query.statuses().isEmpty()) {
            filter.and("e.status in :statuses", "statuses", query.statuses().stream().map(TaskStatus::key).toList());
        }
        if (!query.priorities().isEmpty()) {
            filter.and("e.priority in :priorities", "priorities",
                    query.priorities().stream().map(TaskPriority::key).toList());
        }
        if (query.contactId() != null) {
            filter.and("e.contactId = :contactId", "contactId", query.contactId());
        }
        if (query.dealId() != null) {
            filter.and("e.dealId = :dealId", "dealId", query.dealId());
        }
        if (query.dueBefore() != null) {
            filter.and("e.dueDate < :dueBefore", "dueBefore", query.dueBefore());
        }
        if (query.dueAfter() != null) {
            filter.and("e.dueDate > :dueAfter", "dueAfter", query.dueAfter());
        }
        if (query.overdue()) {
            filter.and("e.status in :openStatuses and e.dueDate < :today", "today", today)
                    .bind("openStatuses", List.of(TaskStatus.TODO.key(), TaskStatus.IN_PROGRESS.key()));
        }
        return filter;
    }
}
