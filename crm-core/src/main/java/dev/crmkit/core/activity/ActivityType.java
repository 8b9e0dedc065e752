package dev.crmkit.core.activity;

import dev.crmkit.core.kernel.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of activity was logged. Stored as its {@link #key()}. */
public enum ActivityType {
    /** A written note. */
    NOTE,
    /** A phone call. */
    CALL,
    /** An email sent or received. */
    EMAIL,
    /** A meeting. */
    MEETING;

    /** {@return the stored and API form: {@code note}, {@code call}, {@code email}, {@code meeting}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the type with this key, ignoring case, or a {@link ValidationException} on field {@code type}}
     *
     * @param key the key, ignoring case
     */
    public static ActivityType fromKey(String key) {
        for (ActivityType type : values()) {
            if (type.key().equalsIgnoreCase(key.strip())) {
                return type;
            }
        }
        throw new ValidationException(
                "type",
                "must be one of "
                        + Arrays.stream(values()).map(ActivityType::key).collect(Collectors.joining(", ")));
    }
}
