package dev.crmkit.jpa;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code crm_activity}. The type is stored as its lower-case key and the duration as
 * whole seconds, plain columns every dialect reads alike.
 */
@Entity(name = ActivityEntity.NAME)
@Table(name = "crm_activity")
class ActivityEntity extends CrmEntity<Activity> {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmActivity";

    @Column(name = "type", nullable = false, length = 10)
    private String type = "";

    @Column(name = "subject", nullable = false, length = Activity.SUBJECT_MAX)
    private String subject = "";

    @Column(name = "body", length = Activity.BODY_MAX)
    private @Nullable String body;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Column(name = "duration_seconds")
    private @Nullable Integer durationSeconds;

    @Column(name = "outcome", length = Activity.OUTCOME_MAX)
    private @Nullable String outcome;

    @Column(name = "author", length = Activity.AUTHOR_MAX)
    private @Nullable String author;

    @Column(name = "contact_id")
    private @Nullable Long contactId;

    @Column(name = "company_id")
    private @Nullable Long companyId;

    @Column(name = "deal_id")
    private @Nullable Long dealId;

    /** For Hibernate. */
    protected ActivityEntity() {}

    @Override
    protected void copyFields(Activity activity) {
        type = activity.type().key();
        subject = activity.subject();
        body = activity.body();
        occurredAt = activity.occurredAt();
        durationSeconds = activity.duration() == null
                ? null
                : Math.toIntExact(activity.duration().toSeconds());
        outcome = activity.outcome();
        author = activity.author();
        contactId = activity.contactId();
        companyId = activity.companyId();
        dealId = activity.dealId();
    }

    @Override
    Activity toRecord() {
        return new Activity(
                id(),
                ActivityType.fromKey(type),
                subject,
                body,
                occurredAt,
                durationSeconds == null ? null : Duration.ofSeconds(durationSeconds),
                outcome,
                author,
                contactId,
                companyId,
                dealId,
                createdAt(),
                updatedAt(),
                version());
    }
}
