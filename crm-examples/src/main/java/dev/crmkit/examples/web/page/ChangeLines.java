package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.examples.FieldNames;
import dev.crmkit.examples.web.page.ChangeLine.Value;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Turns the changes of one record's audit entries into the lines of its History section. crm-core
 * logs Java field names and values as text of its own ({@code contactId: 3}, {@code status: intro},
 * {@code value: 31500.00 USD}, {@code customFields: {"tier":"gold"}}); the section shows the form's
 * labels and the page's formats: the linked record's name, the stage's name in the deal's pipeline
 * at the time, money and dates through {@link Formats}, one line per changed custom field.
 *
 * <p>One instance renders one section: each linked record, pipeline and the kind's custom field
 * definitions are read once however many entries name them. Not thread-safe.
 */
final class ChangeLines {

    /** The forms' labels of crm-core's fields; a field not named here is its name in words. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("firstName", "First name"),
            Map.entry("lastName", "Last name"),
            Map.entry("contactId", "Contact"),
            Map.entry("companyId", "Company"),
            Map.entry("dealId", "Deal"),
            Map.entry("pipelineId", "Pipeline"),
            Map.entry("status", "Stage"),
            Map.entry("value", "Amount"),
            Map.entry("expectedCloseDate", "Close date"),
            Map.entry("closedAt", "Closed"),
            Map.entry("lostReason", "Lost reason"),
            Map.entry("dueDate", "Due date"),
            Map.entry("completedAt", "Completed"),
            Map.entry("occurredAt", "When"),
            Map.entry("body", "Details"),
            Map.entry("duration", "Minutes"));

    /** Where a kind's form labels a field otherwise, as {@code kind.field}. */
    private static final Map<String, String> KIND_LABELS =
            Map.of("contact.companyId", "Linked company", "task.status", "Status");

    /** Fields, as {@code kind.field}, logged by enum constant ({@code IN_PROGRESS}) and shown as words. */
    private static final Set<String> KEYS = Set.of("task.status", "task.priority", "activity.type");

    private static final String CUSTOM_FIELDS = "customFields";

    private final Crm crm;
    private final Formats formats;
    private final String kind;
    private final Map<Long, Optional<Contact>> contacts = new HashMap<>();
    private final Map<Long, Optional<Company>> companies = new HashMap<>();
    private final Map<Long, Optional<Deal>> deals = new HashMap<>();
    private final Map<Long, Optional<Pipeline>> pipelines = new HashMap<>();
    private @Nullable List<CustomField> customFields;

    /**
     * @param kind the kind of record whose history this is: contact, deal or company
     */
    ChangeLines(Crm crm, Formats formats, String kind) {
        this.crm = crm;
        this.formats = formats;
        this.kind = kind;
    }

    /**
     * {@return the entries with their lines, in the order given}
     *
     * @param entries one record's entries, newest first
     * @param pipelineNow the pipeline a deal is in now, for the stages of its newest entries; {@code null}
     *     for other kinds or a deal that is gone
     */
    List<HistoryLine> lines(List<AuditEntry> entries, @Nullable Long pipelineNow) {
        List<HistoryLine> lines = new ArrayList<>(entries.size());
        // Walking back in time: a stage key belongs to the pipeline the deal was in when it was logged.
        @Nullable Long pipelineAfter = pipelineNow;
        for (AuditEntry entry : entries) {
            @Nullable Long pipelineBefore = pipelineAfter;
            for (FieldChange change : entry.changes()) {
                if (change.field().equals("pipelineId")) {
                    pipelineBefore = change.oldValue().map(ChangeLines::id).orElse(null);
                    pipelineAfter = change.newValue().map(ChangeLines::id).orElse(pipelineAfter);
                }
            }
            lines.add(new HistoryLine(entry, changes(entry, pipelineBefore, pipelineAfter)));
            pipelineAfter = pipelineBefore;
        }
        return lines;
    }

    private List<ChangeLine> changes(AuditEntry entry, @Nullable Long pipelineBefore, @Nullable Long pipelineAfter) {
        List<ChangeLine> lines = new ArrayList<>();
        for (FieldChange change : entry.changes()) {
            String field = change.field();
            if (field.equals(CUSTOM_FIELDS)) {
                lines.addAll(customFields(change));
            } else {
                lines.add(new ChangeLine(
                        label(field),
                        value(field, change.oldValue(), pipelineBefore),
                        value(field, change.newValue(), pipelineAfter)));
            }
        }
        return lines;
    }

    private String label(String field) {
        String label = KIND_LABELS.getOrDefault(kind + "." + field, LABELS.get(field));
        return label != null ? label : formats.label(FieldNames.snake(field));
    }

    private Value value(String field, Optional<String> logged, @Nullable Long pipelineId) {
        if (logged.isEmpty()) {
            return Value.NONE;
        }
        String text = logged.get();
        try {
            return switch (field) {
                case "contactId" -> link(text, "contacts", contacts, crm.contacts()::findById, Contact::fullName);
                case "companyId" -> link(text, "companies", companies, crm.companies()::findById, Company::name);
                case "dealId" -> link(text, "deals", deals, crm.deals()::findById, Deal::title);
                case "pipelineId" -> link(text, "pipelines", pipelines, crm.pipelines()::findById, Pipeline::name);
                case "status" -> kind.equals("deal") ? Value.text(stage(text, pipelineId)) : words(field, text);
                case "value" -> Value.text(money(text));
                case "expectedCloseDate", "dueDate" -> Value.text(formats.date(LocalDate.parse(text)));
                case "closedAt", "completedAt", "occurredAt" -> Value.text(formats.instant(Instant.parse(text)));
                case "duration" -> Value.text(minutes(Duration.parse(text)));
                default -> words(field, text);
            };
        } catch (DateTimeException | IllegalArgumentException | CrmException e) {
            // An entry logged in a form this version does not read is shown as it was logged.
            return Value.text(text);
        }
    }

    private Value words(String field, String text) {
        return KEYS.contains(kind + "." + field)
                ? Value.text(formats.label(text.toLowerCase(Locale.ROOT)))
                : Value.text(text);
    }

    /** A linked record by its name, linking to its page; {@code #7 (deleted)} when it is gone. */
    private <R> Value link(
            String text,
            String path,
            Map<Long, Optional<R>> read,
            LongFunction<Optional<R>> find,
            Function<R, String> name) {
        long id = id(text);
        return read.computeIfAbsent(id, find::apply)
                .map(record -> new Value(name.apply(record), "/" + path + "/" + id))
                .orElseGet(() -> Value.text("#" + id + " (deleted)"));
    }

    /** The stage's name in the pipeline the deal was in; the key where that pipeline or stage is gone. */
    private String stage(String key, @Nullable Long pipelineId) {
        if (pipelineId == null) {
            return key;
        }
        return pipelines
                .computeIfAbsent(pipelineId, crm.pipelines()::findById)
                .flatMap(pipeline -> pipeline.stage(key))
                .map(Stage::name)
                .orElse(key);
    }

    /** {@code 31500.00 USD}, as crm-core logs money, in the page's format. */
    private String money(String text) {
        int space = text.lastIndexOf(' ');
        return formats.money(Money.of(text.substring(0, space), text.substring(space + 1)));
    }

    /** {@code 10 min}; seconds only where the duration has them. */
    private static String minutes(Duration duration) {
        return duration.toSecondsPart() == 0
                ? duration.toMinutes() + " min"
                : duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }

    /** One line per custom field whose value changed, labelled as the form labels it. */
    private List<ChangeLine> customFields(FieldChange change) {
        CustomFieldValues before = CustomFieldValues.fromJson(change.oldValue().orElse(null));
        CustomFieldValues after = CustomFieldValues.fromJson(change.newValue().orElse(null));
        Set<String> keys = new LinkedHashSet<>();
        List<CustomField> fields = definitions();
        fields.forEach(field -> keys.add(field.key()));
        keys.addAll(before.asMap().keySet());
        keys.addAll(after.asMap().keySet());
        List<ChangeLine> lines = new ArrayList<>();
        for (String key : keys) {
            if (Objects.equals(before.asMap().get(key), after.asMap().get(key))) {
                continue;
            }
            Optional<CustomField> field =
                    fields.stream().filter(f -> f.key().equals(key)).findFirst();
            lines.add(new ChangeLine(
                    field.map(CustomField::label).orElse(key),
                    customValue(field, key, before),
                    customValue(field, key, after)));
        }
        return lines;
    }

    private static Value customValue(Optional<CustomField> field, String key, CustomFieldValues values) {
        Object value = values.asMap().get(key);
        if (value == null) {
            return Value.NONE;
        }
        // A field whose definition is gone shows the value as stored.
        return field.flatMap(f ->
                        CustomFieldInputs.shown(List.of(f), values).stream().findFirst())
                .map(shown -> Value.text(shown.text()))
                .orElseGet(() -> Value.text(String.valueOf(value)));
    }

    private List<CustomField> definitions() {
        if (customFields == null) {
            customFields = CustomFieldKind.ofCode(kind)
                    .map(fields -> crm.customFields().list(fields))
                    .orElse(List.of());
        }
        return customFields;
    }

    private static long id(String text) {
        return Long.parseLong(text);
    }
}
