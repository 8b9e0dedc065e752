package dev.crmkit.core.activity;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command to change some fields of an activity; every field left {@link Patch#unchanged()}
 * keeps its value. Type, subject and occurredAt can be set but not cleared; the links can be
 * changed as long as one remains (checked by the service against the stored activity).
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule it can check alone.
 *
 * @param type the type
 * @param subject the subject
 * @param body the body
 * @param occurredAt when it happened
 * @param duration how long it took
 * @param outcome the outcome
 * @param author who logged it
 * @param contactId the contact
 * @param companyId the company
 * @param dealId the deal
 * @param expectedVersion the version the caller read; when given and stale the update is refused
 */
public record ActivityUpdate(
        Patch<ActivityType> type,
        Patch<String> subject,
        Patch<String> body,
        Patch<Instant> occurredAt,
        Patch<Duration> duration,
        Patch<String> outcome,
        Patch<String> author,
        Patch<Long> contactId,
        Patch<Long> companyId,
        Patch<Long> dealId,
        @Nullable Long expectedVersion) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param type the type
     * @param subject the subject
     * @param body the body
     * @param occurredAt when it happened
     * @param duration how long it took
     * @param outcome the outcome
     * @param author who logged it
     * @param contactId the contact
     * @param companyId the company
     * @param dealId the deal
     * @param expectedVersion the version the caller read
     */
    public ActivityUpdate {
        FieldErrors errors = new FieldErrors();
        errors.check(!(Objects.requireNonNull(type) instanceof Patch.Clear), "type", "must not be empty");
        subject = errors.requiredText("subject", Objects.requireNonNull(subject), Activity.SUBJECT_MAX);
        body = errors.optionalText("body", Objects.requireNonNull(body), Activity.BODY_MAX);
        errors.check(!(Objects.requireNonNull(occurredAt) instanceof Patch.Clear), "occurredAt", "must not be empty");
        occurredAt = occurredAt.map(value -> ActivityRules.occurredAt(errors, value));
        duration = Objects.requireNonNull(duration).map(value -> ActivityRules.duration(errors, value));
        outcome = errors.optionalText("outcome", Objects.requireNonNull(outcome), Activity.OUTCOME_MAX);
        author = errors.optionalText("author", Objects.requireNonNull(author), Activity.AUTHOR_MAX);
        ActivityRules.link(
                errors, "contactId", Objects.requireNonNull(contactId).applyTo(null));
        ActivityRules.link(
                errors, "companyId", Objects.requireNonNull(companyId).applyTo(null));
        ActivityRules.link(errors, "dealId", Objects.requireNonNull(dealId).applyTo(null));
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

    /** Builds an {@link ActivityUpdate}; every field not mentioned stays unchanged. */
    public static final class Builder {
        private Patch<ActivityType> type = Patch.unchanged();
        private Patch<String> subject = Patch.unchanged();
        private Patch<String> body = Patch.unchanged();
        private Patch<Instant> occurredAt = Patch.unchanged();
        private Patch<Duration> duration = Patch.unchanged();
        private Patch<String> outcome = Patch.unchanged();
        private Patch<String> author = Patch.unchanged();
        private Patch<Long> contactId = Patch.unchanged();
        private Patch<Long> companyId = Patch.unchanged();
        private Patch<Long> dealId = Patch.unchanged();
        private @Nullable Long expectedVersion;

        private Builder() {}

        /**
         * Sets the type; {@code null} clears it (refused).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder type(@Nullable ActivityType value) {
            type = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the subject; {@code null} clears it (refused).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder subject(@Nullable String value) {
            subject = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the body, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder body(@Nullable String value) {
            body = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets when it happened; {@code null} clears it (refused).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder occurredAt(@Nullable Instant value) {
            occurredAt = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the duration, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder duration(@Nullable Duration value) {
            duration = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the outcome, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder outcome(@Nullable String value) {
            outcome = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the author, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder author(@Nullable String value) {
            author = Patch.setOrClear(value);
            return this;
        }

        /**
         * Links the activity to a contact, or detaches it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder contactId(@Nullable Long value) {
            contactId = Patch.setOrClear(value);
            return this;
        }

        /**
         * Links the activity to a company, or detaches it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder companyId(@Nullable Long value) {
            companyId = Patch.setOrClear(value);
            return this;
        }

        /**
         * Links the activity to a deal, or detaches it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder dealId(@Nullable Long value) {
            dealId = Patch.setOrClear(value);
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
         * @return the command
         */
        public ActivityUpdate build() {
            return new ActivityUpdate(
                    type,
                    subject,
                    body,
                    occurredAt,
                    duration,
                    outcome,
                    author,
                    contactId,
                    companyId,
                    dealId,
                    expectedVersion);
        }
    }
}
