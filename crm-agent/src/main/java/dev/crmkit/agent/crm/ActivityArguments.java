package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.CheckedArguments;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivitySort;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.SortDirection;
import dev.langchain4j.agent.tool.P;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The activity tools' parameters, field by field, as argument records the dispatcher expands: each
 * field's description and bound, and the crm-core command or query they make. The one place an
 * activity field is described to a model; {@link ActivityTools} holds only the tools.
 */
final class ActivityArguments {

    /** {@code 2026-03-15T09:30:00Z}. */
    static final int INSTANT_LENGTH = 30;

    private ActivityArguments() {}

    /** The fields of {@code log_activity}. */
    record Log(
            @P("note, call, email or meeting") ActivityType type,

            @P("what it was about") @MaxLength(Activity.SUBJECT_MAX)
            String subject,

            @P("details") @FreeText @Nullable String body,

            @P("when it happened, e.g. 2026-03-15T09:30:00Z; default now") @MaxLength(INSTANT_LENGTH) @Nullable
            String occurredAt,

            @P("how long, in minutes") @Nullable Long durationMinutes,

            @P("the outcome, e.g. left a voicemail") @MaxLength(Activity.OUTCOME_MAX) @Nullable
            String outcome,

            @P("id of the contact") @Nullable Long contactId,
            @P("id of the company") @Nullable Long companyId,
            @P("id of the deal") @Nullable Long dealId)
            implements CheckedArguments<Object> {

        /** @throws ValidationException as {@link #command} */
        @Override
        public void check(Object tools) {
            command();
        }

        /**
         * @return the command
         * @throws ValidationException naming every field that breaks a rule: an occurredAt that is not an
         *     instant, a duration out of range, and those the command refuses (a blank subject, no link)
         */
        NewActivity command() {
            FieldErrors errors = new FieldErrors();
            Instant at = errors.collect("", () -> instant(occurredAt));
            Duration duration = durationMinutes == null ? null : errors.collect("", () -> minutes(durationMinutes));
            return ToolArguments.built(
                    errors,
                    () -> NewActivity.builder(type, subject)
                            .body(body)
                            .occurredAt(at)
                            .duration(duration)
                            .outcome(outcome)
                            .contactId(contactId)
                            .companyId(companyId)
                            .dealId(dealId)
                            .build());
        }

        private static @Nullable Instant instant(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationException("occurredAt", "must be an instant such as 2026-03-15T09:30:00Z");
            }
        }

        private static Duration minutes(long minutes) {
            if (minutes < 0 || minutes > Activity.DURATION_MAX_HOURS * 60L) {
                throw new ValidationException(
                        "durationMinutes", "must be between 0 and " + Activity.DURATION_MAX_HOURS * 60 + " minutes");
            }
            return Duration.ofMinutes(minutes);
        }
    }

    /** The filters and page of {@code list_activities}, newest first; every filter given must match. */
    record Filter(
            @P("note, call, email or meeting") @Nullable ActivityType type,
            @P("contact id") @Nullable Long contactId,
            @P("company id") @Nullable Long companyId,
            @P("deal id") @Nullable Long dealId,
            Paging paging)
            implements CheckedArguments<Object> {

        /** @throws ValidationException as {@link #query} */
        @Override
        public void check(Object tools) {
            query();
        }

        /** @throws ValidationException on a limit out of range or a cursor of another order */
        ActivityQuery query() {
            return new ActivityQuery(
                    type == null ? Set.of() : Set.of(type),
                    contactId,
                    companyId,
                    dealId,
                    paging.sortedBy(ActivitySort.OCCURRED_AT, SortDirection.DESC));
        }
    }
}
