package dev.crmkit.core.task;

import dev.crmkit.core.kernel.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How urgent a task is, in increasing order. Stored as its {@link #key()}. */
public enum TaskPriority {
    /** Can wait. */
    LOW,
    /** The default. */
    MEDIUM,
    /** Before the medium ones. */
    HIGH,
    /** Now. */
    URGENT;

    /** {@return the stored and API form: {@code low}, {@code medium}, {@code high}, {@code urgent}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * 0 for LOW up to 3 for URGENT; what sorting by priority compares.
     *
     * @return the int
     */
    public int rank() {
        return ordinal();
    }

    /**
     * {@return the priority with this key, ignoring case, or a {@link ValidationException} on field {@code priority}}
     *
     * @param key the key, ignoring case
     */
    public static TaskPriority fromKey(String key) {
        for (TaskPriority priority : values()) {
            if (priority.key().equalsIgnoreCase(key.strip())) {
                return priority;
            }
        }
        throw new ValidationException(
                "priority",
                "must be one of "
                        + Arrays.stream(values()).map(TaskPriority::key).collect(Collectors.joining(", ")));
    }
}
