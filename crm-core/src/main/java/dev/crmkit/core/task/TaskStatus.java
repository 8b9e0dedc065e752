package dev.crmkit.core.task;

import dev.crmkit.core.kernel.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a task stands. Stored as its {@link #key()}. */
public enum TaskStatus {
    /** Not started; the default. */
    TODO,
    /** Started. */
    IN_PROGRESS,
    /** Done; sets {@code completedAt}. */
    COMPLETED,
    /** Will not be done. */
    CANCELLED;

    /** {@return the stored and API form: {@code todo}, {@code in_progress}, {@code completed}, {@code cancelled}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@return true for TODO and IN_PROGRESS: the task still needs doing} */
    public boolean isOpen() {
        return this == TODO || this == IN_PROGRESS;
    }

    /**
     * {@return the status with this key, ignoring case, or a {@link ValidationException} on field {@code status}}
     *
     * @param key the key, ignoring case
     */
    public static TaskStatus fromKey(String key) {
        for (TaskStatus status : values()) {
            if (status.key().equalsIgnoreCase(key.strip())) {
                return status;
            }
        }
        throw new ValidationException(
                "status",
                "must be one of " + Arrays.stream(values()).map(TaskStatus::key).collect(Collectors.joining(", ")));
    }
}
