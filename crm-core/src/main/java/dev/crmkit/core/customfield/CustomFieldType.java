package dev.crmkit.core.customfield;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of a custom field, which decides the Java type of its value in {@link CustomFieldValues}
 * and the filters it accepts.
 */
public enum CustomFieldType {
    /** Text of at most {@link CustomField#maxLength()} code points; a {@code String}. */
    TEXT(false),
    /** A decimal number with {@link CustomField#scale()} digits after the point; a {@code BigDecimal}. */
    NUMBER(true),
    /** A calendar date; an ISO-8601 {@code String} ({@code 2026-12-31}), read with {@link CustomFieldValues#date}. */
    DATE(true),
    /** Yes or no; a {@code Boolean}. */
    BOOLEAN(false),
    /** One of the field's {@link CustomField#options()}; a {@code String}. */
    CHOICE(false),
    /** Any number of the field's options, in the options' order; a {@code List<String>}. */
    MULTI_CHOICE(false);

    private final boolean ranged;

    CustomFieldType(boolean ranged) {
        this.ranged = ranged;
    }

    /** {@return whether lists filter this type by a range (min, max) as well as by equality} */
    public boolean ranged() {
        return ranged;
    }

    /** {@return whether the field has a list of options} */
    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    /** {@return the name in APIs: {@code multi_choice}} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type with this code or name, ignoring case}
     *
     * @param code such as {@code number} or {@code MULTI_CHOICE}
     */
    public static Optional<CustomFieldType> ofCode(String code) {
        String key = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(type -> type.name().equals(key)).findFirst();
    }
}
