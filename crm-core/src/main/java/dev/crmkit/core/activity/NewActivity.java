package dev.crmkit.core.activity;

import dev.crmkit.core.kernel.FieldErrors;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The command to log an activity. Build it with {@link #builder(ActivityType, String)}.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule it can check alone, including "linked to nothing" (reported on {@code contactId}).
 *
 * @param type what kind of activity it was
 * @param subject not blank, at most {@value Activity#SUBJECT_MAX} characters
 * @param body at most {@value Activity#BODY_MAX} characters
 * @param occurredAt when it happened; {@code null} means now, by the {@code Crm}'s clock
 * @param duration whole seconds are kept; 0 to {@value Activity#DURATION_MAX_HOURS} hours
 * @param outcome at most {@value Activity#OUTCOME_MAX} characters
 * @param author at most {@value Activity#AUTHOR_MAX} characters
 * @param contactId the contact; must exist
 * @param companyId the company
 * @param dealId the deal; must exist
 */
public record NewActivity(
        ActivityType type,
        String subject,
        @Nullable String body,
        @Nullable Instant occurredAt,
        @Nullable Duration duration,
        @Nullable String outcome,
        @Nullable String author,
        @Nullable Long contactId,
        @Nullable Long companyId,
        @Nullable Long dealId) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param type what kind of activity it was
     * @param subject the subject
     * @param body the body
     * @param occurredAt when it happened; {@code null} means now
     * @param duration how long it took
     * @param outcome the outcome
     * @param author who logged it
     * @param contactId the contact
     * @param companyId the company
     * @param dealId the deal
     */
    public NewActivity {
        FieldErrors errors = new FieldErrors();
        errors.check(type != null, "type", "must not be empty");
        subject = errors.requiredText("subject", subject, Activity.SUBJECT_MAX);
        body = errors.optionalText("body", body, Activity.BODY_MAX);
        occurredAt = ActivityRules.occurredAt(errors, occurredAt);
        duration = ActivityRules.duration(errors, duration);
        outcome = errors.optionalText("outcome", outcome, Activity.OUTCOME_MAX);
        author = errors.optionalText("author", author, Activity.AUTHOR_MAX);
        ActivityRules.link(errors, "contactId", contactId);
        ActivityRules.link(errors, "companyId", companyId);
        ActivityRules.link(errors, "dealId", dealId);
        ActivityRules.anyLink(errors, contactId, companyId, dealId);
        errors.throwIfAny();
    }

    /**
     * Starts a builder.
     *
     * @param type what kind of activity it was
     * @param subject the subject, not blank
     * @return a new builder
     */
    public static Builder builder(ActivityType type, String subject) {
        return new Builder(type, subject);
    }

    /** Builds a {@link NewActivity}; every field not given is empty. */
    public static final class Builder {
        private final ActivityType type;
        private final String subject;
        private @Nullable String body;
        private @Nullable Instant occurredAt;
        private @Nullable Duration duration;
        private @Nullable String outcome;
        private @Nullable String author;
        private @Nullable Long contactId;
        private @Nullable Long companyId;
        private @Nullable Long dealId;

        private Builder(ActivityType type, String subject) {
            this.type = type;
            this.subject = subject;
        }

        /**
         * Sets the body.
         *
         * @param value the new value, or {@code null} for none
         * @return this builder
         */
        public Builder body(@Nullable String value) {
            body = value;
            return this;
        }

        /**
         * Sets when it happened.
         *
         * @param value the new value, or {@code null} for now
         * @return this builder
         */
        public Builder occurredAt(@Nullable Instant value) {
            occurredAt = value;
            return this;
        }

        /**
         * Sets how long it took.
         *
         * @param value the new value, or {@code null} for none
         * @return this builder
         */
        public Builder duration(@Nullable Duration value) {
            duration = value;
            return this;
        }

        /**
         * Sets the outcome.
         *
         * @param value the new value, or {@code null} for none
         * @return this builder
         */
        public Builder outcome(@Nullable String value) {
            outcome = value;
            return this;
        }

        /**
         * Sets who logged it.
         *
         * @param value the new value, or {@code null} for none
         * @return this builder
         */
        public Builder author(@Nullable String value) {
            author = value;
            return this;
        }

        /**
         * Links it to a contact.
         *
         * @param value the contact's id, or {@code null} for none
         * @return this builder
         */
        public Builder contactId(@Nullable Long value) {
            contactId = value;
            return this;
        }

        /**
         * Links it to a company.
         *
         * @param value the company's id, or {@code null} for none
         * @return this builder
         */
        public Builder companyId(@Nullable Long value) {
            companyId = value;
            return this;
        }

        /**
         * Links it to a deal.
         *
         * @param value the deal's id, or {@code null} for none
         * @return this builder
         */
        public Builder dealId(@Nullable Long value) {
            dealId = value;
            return this;
        }

        /**
         * Builds the command, checking every field.
         *
         * @return the command
         */
        public NewActivity build() {
            return new NewActivity(
                    type, subject, body, occurredAt, duration, outcome, author, contactId, companyId, dealId);
        }
    }
}
