package dev.crmkit.examples.web.page;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldValues;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The custom fields of a record's form and detail page: one input per defined field, named {@code
 * cf.<key>} (a multiple choice posts one {@code cf.<key>} per checked option), filled from the
 * stored values or, after an error, from what was posted; crm-core's errors are keyed {@code
 * customFields.<key>}. The form shows every field, so a save replaces every value (blank removes).
 */
final class CustomFieldInputs {

    private CustomFieldInputs() {}

    /**
     * One field's input.
     *
     * @param field the definition
     * @param value the text shown (a single value), blank for none
     * @param chosen the options checked, for a multiple choice
     */
    record Input(CustomField field, String value, List<String> chosen) {

        /** {@return the posted parameter's name} */
        public String name() {
            return "cf." + field.key();
        }

        /** {@return the input's id} */
        public String id() {
            return "cf-" + field.key();
        }

        /** {@return the key of this field's error} */
        public String error() {
            return "customFields." + field.key();
        }
    }

    /**
     * One value as a detail page shows it.
     *
     * @param label the field's label
     * @param text the value
     */
    record Shown(String label, String text) {}

    /** The inputs filled with a record's stored values. */
    static List<Input> of(List<CustomField> fields, CustomFieldValues values) {
        List<Input> inputs = new ArrayList<>();
        for (CustomField field : fields) {
            Object value = values.asMap().get(field.key());
            inputs.add(new Input(field, text(value), values.choices(field.key())));
        }
        return inputs;
    }

    /** The inputs filled with what was posted, to show again with the errors. */
    static List<Input> posted(List<CustomField> fields, HttpServletRequest request) {
        List<Input> inputs = new ArrayList<>();
        for (CustomField field : fields) {
            String[] posted = request.getParameterValues("cf." + field.key());
            List<String> all = posted == null ? List.of() : Arrays.asList(posted);
            inputs.add(new Input(field, all.isEmpty() ? "" : all.get(0), all));
        }
        return inputs;
    }

    /** Every field's posted value (null where blank), for the service to check and store. */
    static Map<String, @Nullable Object> values(List<CustomField> fields, HttpServletRequest request) {
        Map<String, @Nullable Object> values = new HashMap<>();
        for (CustomField field : fields) {
            String[] posted = request.getParameterValues("cf." + field.key());
            List<String> given = posted == null
                    ? List.of()
                    : Arrays.stream(posted).filter(v -> !v.isBlank()).toList();
            if (given.isEmpty()) {
                values.put(field.key(), null);
            } else {
                values.put(field.key(), field.type() == CustomFieldType.MULTI_CHOICE ? given : given.get(0));
            }
        }
        return values;
    }

    /** The values a record has, in the fields' order, for its detail page. */
    static List<Shown> shown(List<CustomField> fields, CustomFieldValues values) {
        List<Shown> shown = new ArrayList<>();
        for (CustomField field : fields) {
            Object value = values.asMap().get(field.key());
            if (value == null) {
                continue;
            }
            String text = switch (field.type()) {
                case BOOLEAN -> Boolean.TRUE.equals(value) ? "yes" : "no";
                case MULTI_CHOICE -> String.join(", ", values.choices(field.key()));
                default -> text(value);
            };
            shown.add(new Shown(field.label(), text));
        }
        return shown;
    }

    private static String text(@Nullable Object value) {
        if (value == null || value instanceof List<?>) {
            return "";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
