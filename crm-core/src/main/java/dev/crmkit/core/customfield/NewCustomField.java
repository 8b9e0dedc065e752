package dev.crmkit.core.customfield;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The command to define a custom field. The key is stripped and lower-cased; a text field without
 * a maximum length gets {@value CustomField#TEXT_DEFAULT}, a number without a scale gets 0.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that
 * breaks a rule: {@code kind} and {@code type} (required; a host reading them from a form or body
 * may pass null, and its other errors are named all the same), {@code key} (a lower-case identifier), {@code label} (no control character but
 * tab, newline and carriage return), {@code maxLength} (text
 * only, 1 to {@value CustomField#TEXT_MAX}), {@code scale} (numbers only, 0 to {@value
 * CustomField#SCALE_MAX}), {@code options} (choices only: 1 to {@value CustomField#OPTIONS_MAX}
 * distinct options of at most {@value CustomField#OPTION_MAX} characters, no line break, no control character).
 *
 * @param kind the kind of record
 * @param key the stable key
 * @param label what people read
 * @param type the value's type
 * @param maxLength longest text, for text fields
 * @param scale digits after the point, for numbers
 * @param options the allowed values, for choices
 * @param required whether every record must have a value
 */
public record NewCustomField(
        CustomFieldKind kind,
        String key,
        String label,
        CustomFieldType type,
        @Nullable Integer maxLength,
        @Nullable Integer scale,
        List<String> options,
        boolean required) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0," + (CustomField.KEY_MAX - 1) + "}");

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param kind the kind of record
     * @param key the stable key
     * @param label what people read
     * @param type the value's type
     * @param maxLength longest text, for text fields
     * @param scale digits after the point, for numbers
     * @param options the allowed values, for choices
     * @param required whether every record must have a value
     */
    public NewCustomField {
        FieldErrors errors = new FieldErrors();
        errors.check(kind != null, "kind", "is required");
        key = normalizeKey(key, errors);
        label = errors.requiredText("label", label, CustomField.LABEL_MAX);
        // Without a type, the rules that depend on it wait for one; the other errors are named now.
        errors.check(type != null, "type", "is required");
        if (type != null) {
            maxLength = checkMaxLength(type, maxLength, errors);
            if (type == CustomFieldType.NUMBER) {
                scale = scale == null ? 0 : scale;
                if (scale < 0 || scale > CustomField.SCALE_MAX) {
                    errors.add("scale", "must be between 0 and " + CustomField.SCALE_MAX);
                }
            } else if (scale != null) {
                errors.add("scale", "is only for number fields");
            }
            options = checkOptions(type, options, errors);
        }
        errors.throwIfAny();
    }

    /**
     * {@return a field without length, scale or options}
     *
     * @param kind the kind of record
     * @param key the stable key
     * @param label what people read
     * @param type the value's type
     */
    public static NewCustomField of(CustomFieldKind kind, String key, String label, CustomFieldType type) {
        return new NewCustomField(kind, key, label, type, null, null, List.of(), false);
    }

    /**
     * {@return a key stripped and lower-cased, or null with an error on field {@code key}}
     *
     * @param key the key as given
     * @param errors where a broken rule is reported
     */
    static @Nullable String normalizeKey(@Nullable String key, FieldErrors errors) {
        String normalized = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (!KEY.matcher(normalized).matches()) {
            errors.add(
                    "key",
                    "must be a letter then letters, digits or _ (at most " + CustomField.KEY_MAX + " characters)");
            return null;
        }
        return normalized;
    }

    static @Nullable Integer checkMaxLength(CustomFieldType type, @Nullable Integer maxLength, FieldErrors errors) {
        if (type != CustomFieldType.TEXT) {
            if (maxLength != null) {
                errors.add("maxLength", "is only for text fields");
            }
            return null;
        }
        int max = maxLength == null ? CustomField.TEXT_DEFAULT : maxLength;
        if (max < 1 || max > CustomField.TEXT_MAX) {
            errors.add("maxLength", "must be between 1 and " + CustomField.TEXT_MAX);
        }
        return max;
    }

    static List<String> checkOptions(CustomFieldType type, @Nullable List<String> options, FieldErrors errors) {
        List<String> given = options == null ? List.of() : options;
        if (!type.hasOptions()) {
            if (!given.isEmpty()) {
                errors.add("options", "are only for choice fields");
            }
            return List.of();
        }
        List<String> stripped = given.stream()
                .map(option -> option == null ? "" : option.strip())
                .toList();
        if (stripped.isEmpty() || stripped.size() > CustomField.OPTIONS_MAX) {
            errors.add("options", "must be 1 to " + CustomField.OPTIONS_MAX + " options");
        } else if (stripped.stream()
                .anyMatch(o -> o.isEmpty()
                        || o.codePointCount(0, o.length()) > CustomField.OPTION_MAX
                        || o.contains("\n")
                        || o.contains("\r"))) {
            errors.add("options", "must each be 1 to " + CustomField.OPTION_MAX + " characters, on one line");
        } else if (stripped.stream().anyMatch(o -> o.chars().anyMatch(FieldErrors::isRefusedControl))) {
            errors.add("options", FieldErrors.CONTROL_RULE);
        } else if (stripped.stream().distinct().count() != stripped.size()) {
            errors.add("options", "must be distinct");
        }
        return stripped;
    }
}
