package dev.crmkit.examples.cli;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.task.Task;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** crm-core's records as ordered maps with the REST API's field names, for {@link Output}. */
final class Views {

    private Views() {}

    static Map<String, @Nullable Object> contact(Contact c) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("first_name", c.firstName());
        m.put("last_name", c.lastName());
        m.put("email", c.email());
        m.put("phone", c.phone());
        m.put("company", c.company());
        m.put("position", c.position());
        m.put("notes", c.notes());
        m.put("created_at", c.createdAt().toString());
        m.put("updated_at", c.updatedAt().toString());
        m.put("version", c.version());
        m.put("company_id", c.companyId());
        return withCustomFields(m, c.customFields());
    }

    /** The record's map with its custom field values as {@code custom_fields}, when it has any. */
    static Map<String, @Nullable Object> withCustomFields(Map<String, @Nullable Object> m, CustomFieldValues values) {
        if (!values.isEmpty()) {
            m.put("custom_fields", values.asMap());
        }
        return m;
    }

    static Map<String, @Nullable Object> company(Company c) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("domain", c.domain());
        m.put("industry", c.industry());
        m.put("size", c.size());
        m.put("phone", c.phone());
        m.put("address", c.address());
        m.put("notes", c.notes());
        m.put("created_at", c.createdAt().toString());
        m.put("updated_at", c.updatedAt().toString());
        m.put("version", c.version());
        return withCustomFields(m, c.customFields());
    }

    /** The record's map with its tag names added as {@code tags}, as the REST API shows them. */
    static Map<String, @Nullable Object> tagged(Map<String, @Nullable Object> record, List<String> tags) {
        record.put("tags", List.copyOf(tags));
        return record;
    }

    static Map<String, @Nullable Object> pipeline(Pipeline p) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("description", p.description());
        m.put("stages", p.stages().stream().map(Views::stage).toList());
        m.put("stage_keys", p.stageKeys());
        m.put("created_at", p.createdAt().toString());
        m.put("updated_at", p.updatedAt().toString());
        m.put("version", p.version());
        return m;
    }

    static Map<String, @Nullable Object> summary(PipelineSummary s) {
        Map<String, @Nullable Object> m = pipeline(s.pipeline());
        m.remove("stages");
        m.put("open_deal_count", s.openDealCount());
        m.put("open_value", money(s.openValue()));
        m.put("weighted_forecast", money(s.weightedForecast()));
        m.put("won_value", money(s.wonValue()));
        m.put(
                "deals_by_stage",
                s.stages().stream()
                        .map(stage -> stage.stage().key() + " " + stage.dealCount())
                        .collect(Collectors.joining(", ")));
        return m;
    }

    static Map<String, @Nullable Object> deal(Deal d) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("description", d.description());
        m.put("amount", d.value().amount());
        m.put("currency", d.value().currency().getCurrencyCode());
        m.put("pipeline_id", d.pipelineId());
        m.put("status", d.status());
        m.put("contact_id", d.contactId());
        m.put("expected_close_date", string(d.expectedCloseDate()));
        m.put("is_closed", d.isClosed());
        m.put("closed_at", d.closedAt() == null ? null : d.closedAt().toString());
        m.put("lost_reason", d.lostReason());
        m.put("created_at", d.createdAt().toString());
        m.put("updated_at", d.updatedAt().toString());
        m.put("version", d.version());
        m.put("company_id", d.companyId());
        return withCustomFields(m, d.customFields());
    }

    static Map<String, @Nullable Object> task(Task t, LocalDate today) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("description", t.description());
        m.put("priority", t.priority().key());
        m.put("status", t.status().key());
        m.put("is_completed", t.completed());
        m.put("is_overdue", t.isOverdue(today));
        m.put("contact_id", t.contactId());
        m.put("deal_id", t.dealId());
        m.put("due_date", string(t.dueDate()));
        m.put("completed_at", t.completedAt() == null ? null : t.completedAt().toString());
        m.put("created_at", t.createdAt().toString());
        m.put("updated_at", t.updatedAt().toString());
        m.put("version", t.version());
        return m;
    }

    private static Map<String, Object> stage(Stage s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("name", s.name());
        m.put("probability", s.probability());
        m.put("outcome", s.outcome().name().toLowerCase(Locale.ROOT));
        m.put("position", s.position());
        return m;
    }

    private static String money(List<Money> amounts) {
        return amounts.isEmpty() ? "0" : amounts.stream().map(Money::toString).collect(Collectors.joining(" + "));
    }

    private static @Nullable String string(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}
