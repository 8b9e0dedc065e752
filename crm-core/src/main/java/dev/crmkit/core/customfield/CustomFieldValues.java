package dev.crmkit.core.customfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The custom field values of one record: key → value, immutable, ordered by key. Stored values
 * are checked against the definitions by the services and have one Java type per {@link
 * CustomFieldType}: {@code String} (text, choice, and a date as {@code yyyy-MM-dd}), {@code
 * BigDecimal} (number, at the field's scale), {@code Boolean}, {@code List<String>} (multiple
 * choice). Read them with the typed accessors ({@link #text}, {@link #number}, {@link #date},
 * {@link #bool}, {@link #choices}).
 *
 * <p>Values a caller passes in commands ({@link #of(Map)}) may also be any {@code Number}, a
 * {@code LocalDate} or any collection: the service converts them, or reports a field error.
 *
 * <p>Adapters store {@link #toJson()} in the {@code custom_fields} column ({@code NULL} when
 * {@link #isEmpty()}) and read it back with {@link #fromJson(String)}.
 */
public final class CustomFieldValues {

    private static final CustomFieldValues EMPTY = new CustomFieldValues(new TreeMap<>());

    private final Map<String, Object> values;

    private CustomFieldValues(TreeMap<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** {@return no values} */
    public static CustomFieldValues empty() {
        return EMPTY;
    }

    /**
     * {@return these values; null values are left out, numbers become {@code BigDecimal}, dates
     * ISO text and collections lists of text}
     *
     * @param values key → value
     */
    public static CustomFieldValues of(Map<String, ? extends @Nullable Object> values) {
        TreeMap<String, Object> copy = new TreeMap<>();
        values.forEach((key, value) -> {
            Object plain = plain(value);
            if (plain != null) {
                copy.put(Objects.requireNonNull(key, "key"), plain);
            }
        });
        return copy.isEmpty() ? EMPTY : new CustomFieldValues(copy);
    }

    /**
     * {@return the values of a stored JSON object; {@link #empty()} for null or blank}
     *
     * @param json a JSON object as {@link #toJson()} writes it
     * @throws IllegalArgumentException when it is not a JSON object of such values
     */
    public static CustomFieldValues fromJson(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        return of(CustomFieldJson.parseObject(json));
    }

    /** {@return the values as a compact JSON object, keys in order; {@code {}} when empty} */
    public String toJson() {
        return CustomFieldJson.write(values);
    }

    /** {@return the JSON to store: {@link #toJson()}, or null when there are no values} */
    public @Nullable String toStoredJson() {
        return values.isEmpty() ? null : toJson();
    }

    /** {@return key → value, unmodifiable, ordered by key} */
    public Map<String, Object> asMap() {
        return values;
    }

    /** {@return whether there are no values} */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * {@return the value of a key, if any}
     *
     * @param key the field's key
     */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * {@return the text of a text or choice field}
     *
     * @param key the field's key
     */
    public Optional<String> text(String key) {
        return get(key).filter(String.class::isInstance).map(String.class::cast);
    }

    /**
     * {@return the number of a number field}
     *
     * @param key the field's key
     */
    public Optional<BigDecimal> number(String key) {
        return get(key).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast);
    }

    /**
     * {@return the date of a date field}
     *
     * @param key the field's key
     * @throws java.time.format.DateTimeParseException when the value is not a date
     */
    public Optional<LocalDate> date(String key) {
        return text(key).map(LocalDate::parse);
    }

    /**
     * {@return the value of a boolean field}
     *
     * @param key the field's key
     */
    public Optional<Boolean> bool(String key) {
        return get(key).filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }

    /**
     * {@return the options chosen in a multiple-choice field; empty when none}
     *
     * @param key the field's key
     */
    public List<String> choices(String key) {
        return get(key).filter(List.class::isInstance)
                .map(list -> ((List<?>) list).stream().map(String::valueOf).toList())
                .orElse(List.of());
    }

    /**
     * {@return these values with one more, changed or (for {@code null}) removed}
     *
     * @param key the field's key
     * @param value the value, or {@code null} to remove it
     */
    public CustomFieldValues with(String key, @Nullable Object value) {
        Objects.requireNonNull(key, "key");
        TreeMap<String, Object> copy = new TreeMap<>(values);
        Object plain = plain(value);
        if (plain == null) {
            copy.remove(key);
        } else {
            copy.put(key, plain);
        }
        return copy.isEmpty() ? EMPTY : new CustomFieldValues(copy);
    }

    /**
     * {@return these values changed by a patch: each key is set, or removed where its value is null}
     *
     * @param patch key → new value or null
     */
    public CustomFieldValues merge(Map<String, ? extends @Nullable Object> patch) {
        CustomFieldValues merged = this;
        for (Map.Entry<String, ? extends @Nullable Object> entry : patch.entrySet()) {
            merged = merged.with(entry.getKey(), entry.getValue());
        }
        return merged;
    }

    private static @Nullable Object plain(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            // NaN and the infinities have no decimal form: left as they are, the rules refuse them as no number
            return Double.isFinite(number) ? new BigDecimal(value.toString()) : value;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream()
                    .filter(Objects::nonNull)
                    .map(String::valueOf)
                    .toList();
        }
        return value.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CustomFieldValues that && that.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
