package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.ActivityUpdate;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.kernel.Patch;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An activity as the API shows it, and how request bodies become activity commands. The
 * duration travels as whole seconds, {@code duration_seconds}.
 */
public record ActivityJson(
        long id,
        String type,
        String subject,
        @Nullable String body,
        @JsonProperty("occurred_at") Instant occurredAt,
        @JsonProperty("duration_seconds") @Nullable Long durationSeconds,
        @Nullable String outcome,
        @Nullable String author,
        @JsonProperty("contact_id") @Nullable Long contactId,
        @JsonProperty("company_id") @Nullable Long companyId,
        @JsonProperty("deal_id") @Nullable Long dealId,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        long version) {

    static final Set<String> WRITABLE = Set.of(
            "type",
            "subject",
            "body",
            "occurred_at",
            "duration_seconds",
            "outcome",
            "author",
            "contact_id",
            "company_id",
            "deal_id");
    static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at", "version");

    /** crm-core's names of the fields this body spells otherwise, for errors (history: {@link dev.crmkit.examples.AuditChanges}). */
    static final Map<String, String> BODY_NAMES = Map.of("duration", "duration_seconds");

    /** How {@link ActivitiesApi} reads and writes activities. */
    static final JsonCodec<Activity, ActivityJson, NewActivity, ActivityUpdate> CODEC =
            new JsonCodec<>(ActivityJson::of, ActivityJson::create, ActivityJson::update);

    static ActivityJson of(Activity activity) {
        return new ActivityJson(
                activity.id(),
                activity.type().key(),
                activity.subject(),
                activity.body(),
                activity.occurredAt(),
                activity.duration() == null ? null : activity.duration().toSeconds(),
                activity.outcome(),
                activity.author(),
                activity.contactId(),
                activity.companyId(),
                activity.dealId(),
                activity.createdAt(),
                activity.updatedAt(),
                activity.version());
    }

    static NewActivity create(JsonNode body) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.FULL, WRITABLE, READ_ONLY, BODY_NAMES);
        var type = in.key("type", ActivityType::fromKey);
        var subject = in.text("subject");
        var text = in.text("body");
        var occurredAt = in.instant("occurred_at");
        var duration = seconds(in.integer("duration_seconds"));
        var outcome = in.text("outcome");
        var author = in.text("author");
        var contactId = in.id("contact_id");
        var companyId = in.id("company_id");
        var dealId = in.id("deal_id");
        return in.build(() -> new NewActivity(
                JsonInput.value(type),
                JsonInput.value(subject),
                JsonInput.value(text),
                JsonInput.value(occurredAt),
                JsonInput.value(duration),
                JsonInput.value(outcome),
                JsonInput.value(author),
                JsonInput.value(contactId),
                JsonInput.value(companyId),
                JsonInput.value(dealId)));
    }

    static ActivityUpdate update(JsonNode body, JsonInput.Mode mode, @Nullable String ifMatch) {
        JsonInput in = JsonInput.of(body, mode, WRITABLE, READ_ONLY, BODY_NAMES);
        var type = in.key("type", ActivityType::fromKey);
        var subject = in.text("subject");
        var text = in.text("body");
        var occurredAt = in.instant("occurred_at");
        var duration = seconds(in.integer("duration_seconds"));
        var outcome = in.text("outcome");
        var author = in.text("author");
        var contactId = in.id("contact_id");
        var companyId = in.id("company_id");
        var dealId = in.id("deal_id");
        Long version = Responses.expectedVersion(ifMatch, in.version());
        return in.build(() -> new ActivityUpdate(
                type, subject, text, occurredAt, duration, outcome, author, contactId, companyId, dealId, version));
    }

    private static Patch<Duration> seconds(Patch<Integer> seconds) {
        return seconds.map(Duration::ofSeconds);
    }
}
