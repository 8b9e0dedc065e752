package dev.crmkit.core.task;

import dev.crmkit.core.kernel.FieldErrors;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The command to create a task. Build it with {@link #builder(String)}.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule it can check alone.
 *
 * @param priority {@code null} means {@link TaskPriority#MEDIUM}
 * @param status {@code null} means {@link TaskStatus#TODO}
 * @param contactId the contact the task is about; must exist
 * @param dealId the deal the task is about; must exist
 */
public record NewTask(
        String title,
        @Nullable String description,
        TaskPriority priority,
        TaskStatus status,
        @Nullable Long contactId,
        @Nullable Long dealId,
        @Nullable LocalDate dueDate) {

    public NewTask {
        FieldErrors errors = new FieldErrors();
        title = errors.requiredText("title", title, Task.TITLE_MAX);
        description = errors.optionalText("description", description, Task.DESCRIPTION_MAX);
        priority = priority == null ? TaskPriority.MEDIUM : priority;
        status = status == null ? TaskStatus.TODO : status;
        errors.check(contactId == null || contactId > 0, "contactId", "must be a positive id");
        errors.check(dealId == null || dealId > 0, "dealId", "must be a positive id");
        dueDate = errors.date("dueDate", dueDate);
        errors.throwIfAny();
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Builds a {@link NewTask}; every field not given takes its default. */
    public static final class Builder {
        private final String title;
        private @Nullable String description;
        private @Nullable TaskPriority priority;
        private @Nullable TaskStatus status;
        private @Nullable Long contactId;
        private @Nullable Long dealId;
        private @Nullable LocalDate dueDate;

        private Builder(String title) {
            this.title = title;
        }

        public Builder description(@Nullable String value) {
            description = value;
            return this;
        }

        public Builder priority(@Nullable TaskPriority value) {
            priority = value;
            return this;
        }

        public Builder status(@Nullable TaskStatus value) {
            status = value;
            return this;
        }

        public Builder contactId(@Nullable Long value) {
            contactId = value;
            return this;
        }

        public Builder dealId(@Nullable Long value) {
            dealId = value;
            return this;
        }

        public Builder dueDate(@Nullable LocalDate value) {
            dueDate = value;
            return this;
        }

        public NewTask build() {
            return new NewTask(title, description, priority, status, contactId, dealId, dueDate);
        }
    }
}
