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

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param title the title
     * @param description the description
     * @param priority {@code null} means {@link TaskPriority#MEDIUM}
     * @param status {@code null} means {@link TaskStatus#TODO}
     * @param contactId the contact the task is about; must exist
     * @param dealId the deal the task is about; must exist
     * @param dueDate the due date
     */
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

    /**
     * Starts a builder.
     *
     * @param title the title, not blank
     * @return a new builder
     */
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

        /**
         * Sets the description; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder description(@Nullable String value) {
            description = value;
            return this;
        }

        /**
         * Sets the priority; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder priority(@Nullable TaskPriority value) {
            priority = value;
            return this;
        }

        /**
         * Sets the status; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder status(@Nullable TaskStatus value) {
            status = value;
            return this;
        }

        /**
         * Sets the contact id; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder contactId(@Nullable Long value) {
            contactId = value;
            return this;
        }

        /**
         * Sets the deal id; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder dealId(@Nullable Long value) {
            dealId = value;
            return this;
        }

        /**
         * Sets the due date; {@code null} for none.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder dueDate(@Nullable LocalDate value) {
            dueDate = value;
            return this;
        }

        /**
         * Builds the command, checking every field.
         *
         * @return the new task
         */
        public NewTask build() {
            return new NewTask(title, description, priority, status, contactId, dealId, dueDate);
        }
    }
}
