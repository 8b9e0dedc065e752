package dev.crmkit.mybatis.internal;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The activity statements; SQL in {@code ActivityMapper.xml}. */
public interface ActivityMapper
        extends QueryMapper<ActivityMapper.ActivityRow, ActivityMapper.ActivityRow, ActivityMapper.ActivityFilter> {

    /** An activity as stored: the type as its lower-case key, the duration in whole seconds. */
    record ActivityRow(
            long id,
            String type,
            String subject,
            @Nullable String body,
            Instant occurredAt,
            @Nullable Integer durationSeconds,
            @Nullable String outcome,
            @Nullable String author,
            @Nullable Long contactId,
            @Nullable Long companyId,
            @Nullable Long dealId,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static ActivityRow of(Activity a) {
            return new ActivityRow(
                    a.id(),
                    a.type().key(),
                    a.subject(),
                    a.body(),
                    a.occurredAt(),
                    a.duration() == null ? null : Math.toIntExact(a.duration().toSeconds()),
                    a.outcome(),
                    a.author(),
                    a.contactId(),
                    a.companyId(),
                    a.dealId(),
                    a.createdAt(),
                    a.updatedAt(),
                    a.version());
        }

        Activity toActivity() {
            return new Activity(
                    id,
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
                    createdAt,
                    updatedAt,
                    version);
        }
    }

    /**
     * The filters of an activity query; see {@link dev.crmkit.core.activity.ActivityQuery}.
     *
     * @param types type keys; empty means any
     * @param contactId the contact
     * @param companyId the company
     * @param dealId the deal
     */
    record ActivityFilter(
            List<String> types,
            @Nullable Long contactId,
            @Nullable Long companyId,
            @Nullable Long dealId) implements OgnlRecord {}
}
