package dev.crmkit.core.customfield;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A list filter on one custom field. A caller gives the key, the operator and the value as text
 * ({@link #equalTo}, {@link #atLeast}, {@link #atMost}); the service checks them against the
 * field's definition and passes the adapter a resolved filter ({@link #type()} set, the value in
 * its stored form). Equality on a multiple choice matches records that chose that option; text
 * and choices match exactly (letter case included); {@code MIN} and {@code MAX} are inclusive and
 * only for numbers and dates. Records without a value never match.
 *
 * @param key the field's key
 * @param op the comparison
 * @param value the value as text: a number's plain digits, a date's {@code yyyy-MM-dd}, {@code
 *     true} or {@code false}
 * @param type the field's type once resolved by the service; null before
 */
public record CustomFieldFilter(
        String key, Op op, String value, @Nullable CustomFieldType type) {

    /** The comparisons. */
    public enum Op {
        /** Equal (for a multiple choice: has this option). */
        EQ,
        /** At least (numbers and dates). */
        MIN,
        /** At most (numbers and dates). */
        MAX
    }

    /**
     * Checks for nulls.
     *
     * @param key the field's key
     * @param op the comparison
     * @param value the value as text
     * @param type the field's type once resolved; null before
     */
    public CustomFieldFilter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return a filter: the field equals the value}
     *
     * @param key the field's key
     * @param value the value as text
     */
    public static CustomFieldFilter equalTo(String key, String value) {
        return new CustomFieldFilter(key, Op.EQ, value, null);
    }

    /**
     * {@return a filter: the field is at least the value}
     *
     * @param key the field's key
     * @param value the value as text
     */
    public static CustomFieldFilter atLeast(String key, String value) {
        return new CustomFieldFilter(key, Op.MIN, value, null);
    }

    /**
     * {@return a filter: the field is at most the value}
     *
     * @param key the field's key
     * @param value the value as text
     */
    public static CustomFieldFilter atMost(String key, String value) {
        return new CustomFieldFilter(key, Op.MAX, value, null);
    }

    /** {@return the resolved type; fails on an unresolved filter, which adapters never receive} */
    public CustomFieldType resolvedType() {
        if (type == null) {
            throw new IllegalStateException("custom field filter " + key + " was not resolved by the service");
        }
        return type;
    }

    /** {@return whether the adapter compares numbers (rather than text)} */
    public boolean numeric() {
        return resolvedType() == CustomFieldType.NUMBER;
    }

    /** {@return whether this is equality on a multiple choice: "has this option"} */
    public boolean hasOption() {
        return resolvedType() == CustomFieldType.MULTI_CHOICE;
    }

    /** {@return the value as a number, for a number field} */
    public BigDecimal number() {
        return new BigDecimal(value);
    }

    /** {@return the SQL comparison operator of {@link #op()}: {@code =}, {@code >=} or {@code <=}} */
    public String sqlOperator() {
        return switch (op) {
            case EQ -> "=";
            case MIN -> ">=";
            case MAX -> "<=";
        };
    }

    /**
     * {@return whether stored values match this (resolved) filter: the in-memory storage's test}
     *
     * @param values a record's values
     */
    public boolean matches(CustomFieldValues values) {
        Object stored = values.asMap().get(key);
        if (stored == null) {
            return false;
        }
        if (hasOption()) {
            return values.choices(key).contains(value);
        }
        int comparison = numeric()
                ? ((BigDecimal) stored).compareTo(number())
                : String.valueOf(stored).compareTo(value);
        return switch (op) {
            case EQ -> comparison == 0;
            case MIN -> comparison >= 0;
            case MAX -> comparison <= 0;
        };
    }
}
