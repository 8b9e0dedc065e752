package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tasks: defaults, completion, overdue. */
public abstract class TaskContract extends ContractTest {

    @Test
    void should_create_a_todo_task_of_medium_priority_by_default() {
        Task task = crm().tasks().create(aTask().build());

        assertThat(task.priority()).isEqualTo(TaskPriority.MEDIUM);
        assertThat(task.status()).isEqualTo(TaskStatus.TODO);
        assertThat(task.completed()).isFalse();
        assertThat(crm().tasks().getById(task.id())).isEqualTo(task);
    }

    @Test
    void should_derive_completed_and_completed_at_from_the_status() {
        Task task = crm().tasks().create(aTask().build());
        clock().advance(Duration.ofHours(2));

        Task done = crm().tasks().complete(task.id());
        assertThat(done.completed()).isTrue();
        assertThat(done.completedAt()).isEqualTo(clock().instant());
        assertThat(events().ofType(TaskEvent.Completed.class)).hasSize(1);

        Task reopened = crm().tasks()
                .update(
                        task.id(),
                        TaskUpdate.builder().status(TaskStatus.IN_PROGRESS).build());
        assertThat(reopened.completed()).isFalse();
        assertThat(reopened.completedAt()).isNull();
    }

    @Test
    void should_find_open_tasks_due_before_today_as_overdue() {
        Task late = crm().tasks()
                .create(aTask().dueDate(clock().today().minusDays(1)).build());
        crm().tasks().create(aTask().dueDate(clock().today()).build());
        crm().tasks()
                .create(aTask().dueDate(clock().today().minusDays(3))
                        .status(TaskStatus.COMPLETED)
                        .build());
        crm().tasks().create(aTask().build());

        assertThat(crm().tasks().find(TaskQuery.all().onlyOverdue()).items()).containsExactly(late);
    }
}
