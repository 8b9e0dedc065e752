package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A task as the API shows it, and how request bodies become task commands. {@code is_completed}
 * and {@code is_overdue} are derived (from the status, and from the due date and today) and
 * read-only: complete a task by setting {@code status} to {@code completed}.
 */
public record TaskJson(
        long id,
        String title,
        @Nullable String description,
        String priority,
        String status,
        @JsonProperty("is_completed") boolean completed,
        @JsonProperty("is_overdue") boolean overdue,
        @JsonProperty("contact_id") @Nullable Long contactId,
        @JsonProperty("deal_id") @Nullable Long dealId,
        @JsonProperty("due_date") @Nullable LocalDate dueDate,
        @JsonProperty("completed_at") @Nullable Instant completedAt,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        long version) {

    static final Set<String> WRITABLE =
            Set.of("title", "description", "priority", "status", "contact_id", "deal_id", "due_date");
    static final Set<String> READ_ONLY =
            Set.of("id", "is_completed", "is_overdue", "completed_at", "created_at", "updated_at", "version");

    /** How {@link TasksApi} reads and writes tasks: {@code is_overdue} as of {@code clock}'s today. */
    static JsonCodec<Task, TaskJson, NewTask, TaskUpdate> codec(Clock clock) {
        return new JsonCodec<>(task -> of(task, clock), TaskJson::create, TaskJson::update);
    }

    static TaskJson of(Task task, Clock clock) {
        return new TaskJson(
                task.id(),
                task.title(),
                task.description(),
                task.priority().key(),
                task.status().key(),
                task.completed(),
                task.isOverdue(LocalDate.now(clock)),
                task.contactId(),
                task.dealId(),
                task.dueDate(),
                task.completedAt(),
                task.createdAt(),
                task.updatedAt(),
                task.version());
    }

    static NewTask create(JsonNode body) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.FULL, WRITABLE, READ_ONLY);
        var title = in.text("title");
        var description = in.text("description");
        var priority = in.key("priority", TaskPriority::fromKey);
        var status = in.key("status", TaskStatus::fromKey);
        var contactId = in.id("contact_id");
        var dealId = in.id("deal_id");
        var dueDate = in.date("due_date");
        return in.build(() -> new NewTask(
                JsonInput.value(title),
                JsonInput.value(description),
                JsonInput.value(priority),
                JsonInput.value(status),
                JsonInput.value(contactId),
                JsonInput.value(dealId),
                JsonInput.value(dueDate)));
    }

    static TaskUpdate update(JsonNode body, JsonInput.Mode mode, @Nullable String ifMatch) {
        JsonInput in = JsonInput.of(body, mode, WRITABLE, READ_ONLY);
        var title = in.text("title");
        var description = in.text("description");
        var priority = in.key("priority", TaskPriority::fromKey);
        var status = in.key("status", TaskStatus::fromKey);
        var contactId = in.id("contact_id");
        var dealId = in.id("deal_id");
        var dueDate = in.date("due_date");
        Long version = Responses.expectedVersion(ifMatch, in.version());
        return in.build(
                () -> new TaskUpdate(title, description, priority, status, contactId, dealId, dueDate, version));
    }
}
