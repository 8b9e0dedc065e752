package dev.crmkit.core.customfield;

import dev.crmkit.core.kernel.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks values and filters against a kind's definitions. Every broken rule is reported on the
 * field {@code customFields.<key>}: a key no field of the kind has, a missing required value, a
 * value of the wrong type, a text longer than the field's maximum, a number with more decimals
 * than its scale, a choice that is not among the options. Text is stripped and a blank value is
 * no value, as for built-in fields.
 *
 * <p>crmkit's own helper, used by the services: public because they live in another package.
 */
public final class CustomFieldRules {

    /** The prefix of every field error: {@code customFields.}. */
    public static final String FIELD = "customFields";

    private CustomFieldRules() {}

    /**
     * {@return the values in their stored form, or a {@link dev.crmkit.core.kernel.ValidationException}}
     *
     * @param kind the kind of record (for messages)
     * @param fields the kind's definitions
     * @param given the values as the caller gave them
     */
    public static CustomFieldValues check(CustomFieldKind kind, List<CustomField> fields, CustomFieldValues given) {
        FieldErrors errors = new FieldErrors();
        Map<String, CustomField> byKey = byKey(fields);
        Map<String, Object> stored = new LinkedHashMap<>();
        given.asMap().forEach((key, value) -> {
            CustomField field = byKey.get(key);
            if (field == null) {
                errors.add(FIELD + "." + key, "is not a custom field of " + kind.code() + " records");
            } else {
                Object checked = value(field, value, errors);
                if (checked != null) {
                    stored.put(key, checked);
                }
            }
        });
        for (CustomField field : fields) {
            if (field.required() && !stored.containsKey(field.key()) && !errors.has(FIELD + "." + field.key())) {
                errors.add(FIELD + "." + field.key(), "is required");
            }
        }
        errors.throwIfAny();
        return CustomFieldValues.of(stored);
    }

    /**
     * {@return stored values without the keys no field of the kind has any more}
     *
     * @param fields the kind's definitions
     * @param stored a record's stored values
     */
    public static CustomFieldValues known(List<CustomField> fields, CustomFieldValues stored) {
        Map<String, CustomField> byKey = byKey(fields);
        Map<String, Object> kept = new LinkedHashMap<>(stored.asMap());
        kept.keySet().retainAll(byKey.keySet());
        return CustomFieldValues.of(kept);
    }

    /**
     * {@return the filters resolved for the adapters (typed, values in stored form), or a {@link
     * dev.crmkit.core.kernel.ValidationException}}
     *
     * @param kind the kind of record (for messages)
     * @param fields the kind's definitions
     * @param filters the filters as the caller gave them
     */
    public static List<CustomFieldFilter> resolve(
            CustomFieldKind kind, List<CustomField> fields, List<CustomFieldFilter> filters) {
        FieldErrors errors = new FieldErrors();
        Map<String, CustomField> byKey = byKey(fields);
        List<CustomFieldFilter> resolved = new ArrayList<>();
        for (CustomFieldFilter filter : filters) {
            String name = FIELD + "." + filter.key();
            CustomField field = byKey.get(filter.key());
            if (field == null) {
                errors.add(name, "is not a custom field of " + kind.code() + " records");
                continue;
            }
            if (filter.op() != CustomFieldFilter.Op.EQ && !field.type().ranged()) {
                errors.add(name, "filters by a range only for number and date fields");
                continue;
            }
            CustomField lenient = field.type() == CustomFieldType.MULTI_CHOICE
                    ? new CustomField(
                            field.id(),
                            field.kind(),
                            field.key(),
                            field.label(),
                            CustomFieldType.CHOICE,
                            null,
                            null,
                            field.options(),
                            false,
                            field.createdAt(),
                            field.updatedAt(),
                            0)
                    : new CustomField(
                            field.id(),
                            field.kind(),
                            field.key(),
                            field.label(),
                            field.type(),
                            CustomField.TEXT_MAX,
                            field.scale(),
                            field.options(),
                            false,
                            field.createdAt(),
                            field.updatedAt(),
                            0);
            Object value = value(lenient, filter.value(), errors);
            if (value != null) {
                String text = value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
                resolved.add(new CustomFieldFilter(field.key(), filter.op(), text, field.type()));
            } else if (!errors.has(name)) {
                errors.add(name, "must not be blank");
            }
        }
        errors.throwIfAny();
        return List.copyOf(resolved);
    }

    private static Map<String, CustomField> byKey(List<CustomField> fields) {
        Map<String, CustomField> byKey = new LinkedHashMap<>();
        fields.forEach(field -> byKey.put(field.key(), field));
        return byKey;
    }

    /** The stored form of one value, or null (no value, or an error reported). */
    private static @Nullable Object value(CustomField field, Object value, FieldErrors errors) {
        String name = FIELD + "." + field.key();
        return switch (field.type()) {
            case TEXT ->
                value instanceof String text
                        ? errors.optionalText(
                                name, text, field.maxLength() == null ? CustomField.TEXT_MAX : field.maxLength())
                        : wrongType(errors, name, "text");
            case NUMBER -> number(field, value, errors, name);
            case DATE -> date(value, errors, name);
            case BOOLEAN -> bool(value, errors, name);
            case CHOICE ->
                choice(field, value instanceof List<?> list && list.size() == 1 ? list.get(0) : value, errors, name);
            case MULTI_CHOICE -> choices(field, value, errors, name);
        };
    }

    private static @Nullable Object wrongType(FieldErrors errors, String name, String what) {
        errors.add(name, "must be " + what);
        return null;
    }

    private static @Nullable Object number(CustomField field, Object value, FieldErrors errors, String name) {
        BigDecimal number;
        if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof String text && !text.isBlank()) {
            try {
                number = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                return wrongType(errors, name, "a number");
            }
        } else if (value instanceof String) {
            return null;
        } else {
            return wrongType(errors, name, "a number");
        }
        int scale = field.scale() == null ? 0 : field.scale();
        BigDecimal plain = number.stripTrailingZeros();
        if (plain.scale() > scale) {
            errors.add(name, "must have at most " + scale + " decimal places");
            return null;
        }
        // in long: an exponent near Integer.MIN_VALUE (1E+2147483647) overflows an int difference
        if ((long) plain.precision() - plain.scale() > CustomField.PRECISION_MAX) {
            errors.add(name, "must have at most " + CustomField.PRECISION_MAX + " digits before the decimal point");
            return null;
        }
        return number.setScale(scale);
    }

    private static @Nullable Object date(Object value, FieldErrors errors, String name) {
        if (!(value instanceof String text)) {
            return wrongType(errors, name, "a date (yyyy-mm-dd)");
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1 || date.getYear() > 9999) {
                return wrongType(errors, name, "a date between the years 1 and 9999");
            }
            return date.toString();
        } catch (DateTimeParseException e) {
            return wrongType(errors, name, "a date (yyyy-mm-dd)");
        }
    }

    private static @Nullable Object bool(Object value, FieldErrors errors, String name) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text) {
            String key = text.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                return null;
            }
            if (key.equals("true") || key.equals("false")) {
                return Boolean.valueOf(key);
            }
        }
        return wrongType(errors, name, "true or false");
    }

    private static @Nullable Object choice(CustomField field, Object value, FieldErrors errors, String name) {
        if (!(value instanceof String text)) {
            return wrongType(errors, name, "one of: " + String.join(", ", field.options()));
        }
        String option = text.strip();
        if (option.isEmpty()) {
            return null;
        }
        Optional<String> known = field.options().stream().filter(option::equals).findFirst();
        return known.isPresent()
                ? known.get()
                : wrongType(errors, name, "one of: " + String.join(", ", field.options()));
    }

    private static @Nullable Object choices(CustomField field, Object value, FieldErrors errors, String name) {
        Collection<?> given = value instanceof Collection<?> collection ? collection : List.of(value);
        List<String> chosen = new ArrayList<>();
        for (Object option : given) {
            String text = option instanceof String s ? s.strip() : null;
            if (text == null || (!text.isEmpty() && !field.options().contains(text))) {
                return wrongType(errors, name, "a list of: " + String.join(", ", field.options()));
            }
            chosen.add(text);
        }
        List<String> ordered = field.options().stream().filter(chosen::contains).toList();
        return ordered.isEmpty() ? null : ordered;
    }
}
