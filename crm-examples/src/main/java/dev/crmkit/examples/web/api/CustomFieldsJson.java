package dev.crmkit.examples.web.api;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.examples.InputErrors;
import dev.crmkit.examples.web.problem.ApiValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@code custom_fields} object of a contact, company or deal: key → value, a JSON string,
 * number, boolean or array of strings (multiple choice); {@code null} removes a value. On POST it
 * is the record's values; on PATCH the keys sent change and the others stay; on PUT the values are
 * replaced whole (absent clears them all). crm-core checks the values against the definitions and
 * names each broken rule {@code custom_fields.<key>}.
 */
final class CustomFieldsJson {

    /** The field name in bodies. */
    static final String FIELD = "custom_fields";

    private CustomFieldsJson() {}

    /**
     * The body's values, converted: key → value, {@code null} removing it; none when the object is
     * absent or {@code null}. A value that is no custom field value is left out and its error kept
     * on {@code custom_fields.<key>}; an object that is no object is kept on {@code custom_fields}
     * and reads as none. Whether the values fit their fields is checked later, against the kind's
     * definitions.
     */
    static Map<String, @Nullable Object> read(JsonNode body, InputErrors errors) {
        JsonNode node = body.isObject() ? body.get(FIELD) : null;
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            errors.collect(() -> refused(FIELD, "must be an object of custom field values"));
            return values;
        }
        for (String key : node.propertyNames()) {
            JsonNode value = node.get(key);
            if (value.isNull()) {
                values.put(key, null);
            } else {
                Object converted = errors.collect(() -> converted(key, value));
                if (converted != null) {
                    values.put(key, converted);
                }
            }
        }
        return values;
    }

    /**
     * The changes a PUT ({@link JsonInput.Mode#FULL}) or PATCH makes to the custom field values:
     * a PATCH changes the keys it names, a PUT sets those and removes every other.
     *
     * @param fields the kind's definitions
     * @param values the body's values ({@link #read})
     */
    static Map<String, @Nullable Object> changes(
            List<CustomField> fields, Map<String, @Nullable Object> values, JsonInput.Mode mode) {
        if (mode == JsonInput.Mode.PARTIAL) {
            return values;
        }
        Map<String, @Nullable Object> replaced = new HashMap<>();
        for (CustomField field : fields) {
            replaced.put(field.key(), null);
        }
        replaced.putAll(values);
        return replaced;
    }

    /** A value of a JSON type some custom field takes, or an {@link ApiValidationException}. */
    private static Object converted(String key, JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isArray()) {
            List<String> options = new ArrayList<>();
            for (JsonNode element : value) {
                if (!element.isString()) {
                    return refused(FIELD + "." + key, "must be an array of strings");
                }
                options.add(element.asString());
            }
            return options;
        }
        return refused(FIELD + "." + key, "must be a string, number, boolean or array of strings");
    }

    private static Object refused(String field, String message) {
        throw new ApiValidationException(Map.of(field, message));
    }
}
