package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.tag.TaggableKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A deal as the API shows it, and how request bodies become deal commands. {@code status} is the
 * key of a stage of the deal's pipeline; {@code amount} a JSON number or decimal string with at
 * most the currency's decimals.
 */
public record DealJson(
        long id,
        String title,
        @Nullable String description,
        BigDecimal amount,
        String currency,
        @JsonProperty("pipeline_id") long pipelineId,
        String status,
        @JsonProperty("contact_id") @Nullable Long contactId,
        @JsonProperty("expected_close_date") @Nullable LocalDate expectedCloseDate,
        @JsonProperty("is_closed") boolean closed,
        @JsonProperty("closed_at") @Nullable Instant closedAt,
        @JsonProperty("lost_reason") @Nullable String lostReason,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        long version,
        @JsonProperty("company_id") @Nullable Long companyId,
        List<String> tags,
        @JsonProperty("custom_fields") Map<String, Object> customFields) {

    static final Set<String> WRITABLE = Set.of(
            "title",
            "description",
            "amount",
            "currency",
            "pipeline_id",
            "status",
            "contact_id",
            "expected_close_date",
            "lost_reason",
            "company_id",
            "tags",
            CustomFieldsJson.FIELD);
    static final Set<String> READ_ONLY = Set.of("id", "is_closed", "closed_at", "created_at", "updated_at", "version");

    /** How {@link DealsApi} reads and writes deals. */
    static final JsonCodec.Tagged<Deal, DealJson, NewDeal, DealUpdate> CODEC =
            new JsonCodec.Tagged<>(TaggableKind.DEAL, DealJson::of, DealJson::create, DealJson::update);

    static DealJson of(Deal deal, List<String> tags) {
        return new DealJson(
                deal.id(),
                deal.title(),
                deal.description(),
                deal.value().amount(),
                deal.value().currency().getCurrencyCode(),
                deal.pipelineId(),
                deal.status(),
                deal.contactId(),
                deal.expectedCloseDate(),
                deal.isClosed(),
                deal.closedAt(),
                deal.lostReason(),
                deal.createdAt(),
                deal.updatedAt(),
                deal.version(),
                deal.companyId(),
                List.copyOf(tags),
                deal.customFields().asMap());
    }

    static NewDeal create(JsonNode body) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.FULL, WRITABLE, READ_ONLY);
        var title = in.text("title");
        var description = in.text("description");
        var amount = in.decimal("amount");
        var currency = in.text("currency");
        var pipelineId = in.id("pipeline_id");
        var status = in.text("status");
        var contactId = in.id("contact_id");
        var closeDate = in.date("expected_close_date");
        var lostReason = in.text("lost_reason");
        var companyId = in.id("company_id");
        return in.build(() -> new NewDeal(
                JsonInput.value(title),
                JsonInput.value(description),
                JsonInput.value(amount),
                JsonInput.value(currency),
                JsonInput.value(pipelineId),
                JsonInput.value(status),
                JsonInput.value(contactId),
                JsonInput.value(closeDate),
                JsonInput.value(lostReason),
                JsonInput.value(companyId)));
    }

    static DealUpdate update(JsonNode body, JsonInput.Mode mode, @Nullable String ifMatch) {
        JsonInput in = JsonInput.of(body, mode, WRITABLE, READ_ONLY);
        var title = in.text("title");
        var description = in.text("description");
        var amount = in.decimal("amount");
        var currency = in.text("currency");
        var pipelineId = in.id("pipeline_id");
        var status = in.text("status");
        var contactId = in.id("contact_id");
        var closeDate = in.date("expected_close_date");
        var lostReason = in.text("lost_reason");
        var companyId = in.id("company_id");
        Long version = Responses.expectedVersion(ifMatch, in.version());
        return in.build(() -> new DealUpdate(
                title,
                description,
                amount,
                currency,
                pipelineId,
                status,
                contactId,
                closeDate,
                lostReason,
                version,
                companyId));
    }
}
