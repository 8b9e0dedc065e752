package dev.crmkit.core.activity;

import dev.crmkit.core.kernel.CrmRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A note, call, email or meeting logged on a contact, a company or a deal (at least one of them).
 * Deleting the contact or the deal it is linked to deletes the activity.
 *
 * @param id database-issued id
 * @param type what kind of activity it was
 * @param subject never blank, at most {@value #SUBJECT_MAX} characters
 * @param body at most {@value #BODY_MAX} characters; line breaks are kept
 * @param occurredAt when it happened (not when it was logged); orders the timeline
 * @param duration how long it took, whole seconds, 0 to {@value #DURATION_MAX_HOURS} hours
 * @param outcome at most {@value #OUTCOME_MAX} characters, e.g. "left a voicemail"
 * @param author who logged it, at most {@value #AUTHOR_MAX} characters
 * @param contactId the contact it was with
 * @param companyId the company it was with
 * @param dealId the deal it was about
 * @param createdAt when it was logged, from the {@code Crm}'s clock
 * @param updatedAt when it was last changed, from the {@code Crm}'s clock
 * @param version incremented by every update, for optimistic locking
 */
public record Activity(
        long id,
        ActivityType type,
        String subject,
        @Nullable String body,
        Instant occurredAt,
        @Nullable Duration duration,
        @Nullable String outcome,
        @Nullable String author,
        @Nullable Long contactId,
        @Nullable Long companyId,
        @Nullable Long dealId,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements CrmRecord {

    /** Longest subject, in code points. */
    public static final int SUBJECT_MAX = 200;
    /** Longest body, in code points. */
    public static final int BODY_MAX = 10_000;
    /** Longest outcome, in code points. */
    public static final int OUTCOME_MAX = 200;
    /** Longest author, in code points. */
    public static final int AUTHOR_MAX = 200;
    /** Longest duration, in hours. */
    public static final int DURATION_MAX_HOURS = 24 * 7;

    /**
     * Checks that the required fields are there.
     *
     * @param id database-issued id
     * @param type what kind of activity it was
     * @param subject the subject
     * @param body the body
     * @param occurredAt when it happened
     * @param duration how long it took
     * @param outcome the outcome
     * @param author who logged it
     * @param contactId the contact it was with
     * @param companyId the company it was with
     * @param dealId the deal it was about
     * @param createdAt when it was logged
     * @param updatedAt when it was last changed
     * @param version incremented by every update
     */
    public Activity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * {@return this activity with another {@code updatedAt}; nothing else changes}
     *
     * @param updatedAt the new {@code updatedAt}
     */
    public Activity withUpdatedAt(Instant updatedAt) {
        return new Activity(
                id,
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
                createdAt,
                updatedAt,
                version);
    }

    /**
     * The same activity as stored under the id and version the storage issued.
     *
     * @param id the issued id
     * @param version the stored version
     * @return a copy with that id and version
     */
    public Activity withIdentity(long id, long version) {
        return new Activity(
                id,
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
                createdAt,
                updatedAt,
                version);
    }
}
