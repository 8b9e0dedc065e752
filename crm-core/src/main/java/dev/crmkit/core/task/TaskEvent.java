package dev.crmkit.core.task;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;

/** An event about a task. */
public sealed interface TaskEvent extends CrmEvent {

    /** {@return the id of the task concerned} */
    long taskId();

    @Override
    default String entity() {
        return "task";
    }

    @Override
    default long entityId() {
        return taskId();
    }

    /** A task was created. */
    record Created(Task task, Instant occurredAt) implements TaskEvent {
        @Override
        public long taskId() {
            return task.id();
        }
    }

    /** A task was changed; published for every change, completion included. */
    record Updated(Task before, Task after, Instant occurredAt) implements TaskEvent {
        @Override
        public long taskId() {
            return after.id();
        }
    }

    /** A task's status became completed; published after its {@link Updated}. */
    record Completed(Task task, Instant occurredAt) implements TaskEvent {
        @Override
        public long taskId() {
            return task.id();
        }
    }

    /** A task was deleted. */
    record Deleted(long taskId, Instant occurredAt) implements TaskEvent {}
}
