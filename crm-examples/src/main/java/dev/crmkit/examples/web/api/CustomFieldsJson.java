package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.examples.web.problem.ApiValidationException;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The values of a POST body; none when absent or null. */
    static CustomFieldValues created(JsonNode body) {
        Map<String, @Nullable Object> values = read(body);
        return values == null ? CustomFieldValues.empty() : CustomFieldValues.of(values);
    }

    /** The changes of a PUT ({@code full}) or PATCH body: null for none. */
    static @Nullable Map<String, @Nullable Object> changes(
            Crm crm, CustomFieldKind kind, JsonNode body, JsonInput.Mode mode) {
        Map<String, @Nullable Object> values = read(body);
        if (mode == JsonInput.Mode.PARTIAL) {
            return values;
        }
        Map<String, @Nullable Object> replaced = new HashMap<>();
        for (CustomField field : crm.customFields().list(kind)) {
            replaced.put(field.key(), null);
        }
        if (values != null) {
            replaced.putAll(values);
        }
        return replaced;
    }

    /** The body's object, values converted; null when absent or JSON null. */
    private static @Nullable Map<String, @Nullable Object> read(JsonNode body) {
        JsonNode node = body.isObject() ? body.get(FIELD) : null;
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ApiValidationException(Map.of(FIELD, "must be an object of custom field values"));
        }
        Map<String, @Nullable Object> values = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (String key : node.propertyNames()) {
            JsonNode value = node.get(key);
            if (value.isNull()) {
                values.put(key, null);
            } else if (value.isString()) {
                values.put(key, value.asString());
            } else if (value.isBoolean()) {
                values.put(key, value.asBoolean());
            } else if (value.isNumber()) {
                values.put(key, value.decimalValue());
            } else if (value.isArray()) {
                List<String> options = new ArrayList<>();
                for (JsonNode element : value) {
                    if (!element.isString()) {
                        errors.put(FIELD + "." + key, "must be an array of strings");
                    }
                    options.add(element.asString());
                }
                values.put(key, options);
            } else {
                errors.put(FIELD + "." + key, "must be a string, number, boolean or array of strings");
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return values;
    }
}
