package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crm custom-fields list|add|delete|set}: the custom fields of contacts, companies and
 * deals, and {@code set} to give one record values ({@code key=value}; an empty value removes it;
 * a multiple choice takes its options separated by commas).
 */
@Command(
        name = "custom-fields",
        description = "Define custom fields of contacts, companies and deals, and set their values.")
final class CustomFieldsCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("id", "kind", "key", "label", "type", "required");

    @Command(name = "list", description = "List the custom fields, of one kind or all.")
    int list(@Option(names = "--kind", description = "contact, company or deal") @Nullable String kind) {
        return root().withCrm(crm -> {
            List<Map<String, @Nullable Object>> rows = new ArrayList<>();
            for (CustomFieldKind k : kind == null ? List.of(CustomFieldKind.values()) : List.of(kind(kind, "--kind"))) {
                crm.customFields().list(k).forEach(field -> rows.add(view(field)));
            }
            root().output().list(rows, COLUMNS, null, (long) rows.size());
        });
    }

    @Command(name = "add", aliases = "create", description = "Define a custom field.")
    int add(
            @Option(names = "--kind", required = true, description = "contact, company or deal") String kind,
            @Option(names = "--key", required = true, description = "lower-case letters, digits and _") String key,
            @Option(names = "--label", required = true, description = "the name people see") String label,
            @Option(
                            names = "--type",
                            required = true,
                            description = "text, number, date, boolean, choice or multi_choice")
                    String type,
            @Option(names = "--max-length", description = "text: longest value (default 255)") @Nullable
                    Integer maxLength,
            @Option(names = "--scale", description = "number: digits after the point (default 0)") @Nullable
                    Integer scale,
            @Option(names = "--option", split = ",", description = "choice: an option; repeat or separate with commas")
                    @Nullable
                    List<String> options,
            @Option(names = "--required", description = "every record must have a value") boolean required) {
        NewCustomField definition =
                definition(kind, key, label, type, maxLength, scale, options == null ? List.of() : options, required);
        return printRecord(crm -> view(crm.customFields().create(definition)));
    }

    /**
     * The definition, or every error of it at once, named by the options typed: a {@link UsageException} when
     * {@code --kind} or {@code --type} is not one of theirs, a {@link ValidationException} otherwise.
     */
    private static NewCustomField definition(
            String kind,
            String key,
            String label,
            String type,
            @Nullable Integer maxLength,
            @Nullable Integer scale,
            List<String> options,
            boolean required) {
        CustomFieldKind fieldKind = CustomFieldKind.ofCode(kind).orElse(null);
        CustomFieldType fieldType = CustomFieldType.ofCode(type).orElse(null);
        try {
            return new NewCustomField(fieldKind, key, label, fieldType, maxLength, scale, options, required);
        } catch (ValidationException e) {
            // crm-core says a kind or type it was not given "is required": the user gave one, not one of these.
            Map<String, String> errors = new LinkedHashMap<>(e.errors());
            errors.replace("kind", "must be one of: contact, company, deal, not '" + kind + "'");
            errors.replace(
                    "type", "must be one of: text, number, date, boolean, choice, multi_choice, not '" + type + "'");
            if (fieldKind != null && fieldType != null) {
                throw new ValidationException(errors);
            }
            throw new UsageException(errors.entrySet().stream()
                    .map(error -> UserErrors.option(error.getKey()) + " " + error.getValue())
                    .collect(Collectors.joining("; ")));
        }
    }

    @Command(name = "delete", description = "Delete a custom field and remove its value from every record.")
    int delete(@Mixin DeleteOptions options) {
        return delete("custom field", options, (crm, id) -> crm.customFields().deleteById(id));
    }

    @Command(name = "set", description = "Set custom field values of one record: key=value, an empty value removes it.")
    int set(
            @Parameters(index = "0", paramLabel = "<kind>", description = "contact, company or deal") String kind,
            @Parameters(index = "1", paramLabel = "<id>", description = "the record's id") long id,
            @Parameters(
                            index = "2..*",
                            paramLabel = "<key=value>",
                            arity = "1..*",
                            description = "a field's key and its value")
                    List<String> assignments) {
        CustomFieldKind recordKind = kind(kind, "<kind>");
        return printRecord(crm -> {
            Map<String, @Nullable Object> values = values(crm, recordKind, assignments);
            return switch (recordKind) {
                case CONTACT ->
                    Views.contact(
                            crm.contacts().update(id, ContactUpdate.builder().build(), values));
                case COMPANY ->
                    Views.company(
                            crm.companies().update(id, CompanyUpdate.builder().build(), values));
                case DEAL ->
                    Views.deal(crm.deals().update(id, DealUpdate.builder().build(), values));
            };
        });
    }

    private static Map<String, @Nullable Object> values(Crm crm, CustomFieldKind kind, List<String> assignments) {
        Map<String, CustomFieldType> types = new HashMap<>();
        crm.customFields().list(kind).forEach(field -> types.put(field.key(), field.type()));
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new UserException("values are key=value, not " + assignment);
            }
            String key = assignment.substring(0, eq).strip();
            String value = assignment.substring(eq + 1);
            if (value.isBlank()) {
                values.put(key, null);
            } else if (types.get(key) == CustomFieldType.MULTI_CHOICE) {
                values.put(
                        key, Arrays.stream(value.split(",")).map(String::strip).toList());
            } else {
                values.put(key, value);
            }
        }
        return values;
    }

    /** @param name how the user gave the kind: {@code --kind}, or {@code <kind>} for {@code set} */
    private static CustomFieldKind kind(String code, String name) {
        return CustomFieldKind.ofCode(code)
                .orElseThrow(
                        () -> new UsageException(name + " must be one of: contact, company, deal, not '" + code + "'"));
    }

    private static Map<String, @Nullable Object> view(CustomField field) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("id", field.id());
        m.put("kind", field.kind().code());
        m.put("key", field.key());
        m.put("label", field.label());
        m.put("type", field.type().code());
        m.put("required", field.required());
        m.put("max_length", field.maxLength());
        m.put("scale", field.scale());
        m.put("options", field.options());
        return m;
    }
}
