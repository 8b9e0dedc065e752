package dev.crmkit.core.task;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command to change some fields of a task; every field left {@link Patch#unchanged()} keeps
 * its value. Title, priority and status can be set but not cleared.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule it can check alone.
 *
 * @param expectedVersion the version the caller read; when given and stale the update is refused
 */
public record TaskUpdate(
        Patch<String> title,
        Patch<String> description,
        Patch<TaskPriority> priority,
        Patch<TaskStatus> status,
        Patch<Long> contactId,
        Patch<Long> dealId,
        Patch<LocalDate> dueDate,
        @Nullable Long expectedVersion) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param title the title
     * @param description the description
     * @param priority the priority
     * @param status the status
     * @param contactId the contact id
     * @param dealId the deal id
     * @param dueDate the due date
     * @param expectedVersion the version the caller read; when given and stale the update is refused
     */
    public TaskUpdate {
        FieldErrors errors = new FieldErrors();
        title = errors.requiredText("title", Objects.requireNonNull(title), Task.TITLE_MAX);
        description = errors.optionalText("description", Objects.requireNonNull(description), Task.DESCRIPTION_MAX);
        errors.check(!(Objects.requireNonNull(priority) instanceof Patch.Clear), "priority", "must not be empty");
        errors.check(!(Objects.requireNonNull(status) instanceof Patch.Clear), "status", "must not be empty");
        Long contact = Objects.requireNonNull(contactId).applyTo(null);
        errors.check(contact == null || contact > 0, "contactId", "must be a positive id");
        Long deal = Objects.requireNonNull(dealId).applyTo(null);
        errors.check(deal == null || deal > 0, "dealId", "must be a positive id");
        dueDate = errors.date("dueDate", Objects.requireNonNull(dueDate));
        errors.throwIfAny();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TaskUpdate}; every field not mentioned stays unchanged. */
    public static final class Builder {
        private Patch<String> title = Patch.unchanged();
        private Patch<String> description = Patch.unchanged();
        private Patch<TaskPriority> priority = Patch.unchanged();
        private Patch<TaskStatus> status = Patch.unchanged();
        private Patch<Long> contactId = Patch.unchanged();
        private Patch<Long> dealId = Patch.unchanged();
        private Patch<LocalDate> dueDate = Patch.unchanged();
        private @Nullable Long expectedVersion;

        private Builder() {}

        /**
         * Sets the title; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder title(@Nullable String value) {
            title = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the description, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder description(@Nullable String value) {
            description = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the priority; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder priority(@Nullable TaskPriority value) {
            priority = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the status; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder status(@Nullable TaskStatus value) {
            status = Patch.setOrClear(value);
            return this;
        }

        /**
         * Links the task to a contact, or detaches it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder contactId(@Nullable Long value) {
            contactId = Patch.setOrClear(value);
            return this;
        }

        /**
         * Links the task to a deal, or detaches it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder dealId(@Nullable Long value) {
            dealId = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the due date, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder dueDate(@Nullable LocalDate value) {
            dueDate = Patch.setOrClear(value);
            return this;
        }

        /**
         * Refuses the update unless the record is still at this version.
         *
         * @param version the version the caller read
         * @return this builder
         */
        public Builder expectedVersion(long version) {
            expectedVersion = version;
            return this;
        }

        /**
         * Builds the command, checking every field.
         *
         * @return the task update
         */
        public TaskUpdate build() {
            return new TaskUpdate(title, description, priority, status, contactId, dealId, dueDate, expectedVersion);
        }
    }
}
