package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The lower-case API forms of crm-core's enums, and comma-separated lists of them in query parameters. */
public final class Keys {

    private Keys() {}

    /** {@code open}, {@code won}, {@code lost}. */
    public static String key(StageOutcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    /** @throws ValidationException ({@code outcome}) for anything but open, won or lost */
    public static StageOutcome outcome(String key) {
        for (StageOutcome outcome : StageOutcome.values()) {
            if (key(outcome).equalsIgnoreCase(key.strip())) {
                return outcome;
            }
        }
        throw new ValidationException("outcome", "must be one of open, won, lost");
    }

    /** {@code todo,in_progress} → the statuses; {@code null} or blank → none. */
    public static Set<TaskStatus> statuses(@Nullable String list) {
        return parse(list, TaskStatus.class, TaskStatus::fromKey);
    }

    /** {@code high,urgent} → the priorities; {@code null} or blank → none. */
    public static Set<TaskPriority> priorities(@Nullable String list) {
        return parse(list, TaskPriority.class, TaskPriority::fromKey);
    }

    private static <E extends Enum<E>> Set<E> parse(@Nullable String list, Class<E> type, Function<String, E> fromKey) {
        Set<E> values = EnumSet.noneOf(type);
        if (list != null) {
            for (String key : list.split(",")) {
                if (!key.isBlank()) {
                    values.add(fromKey.apply(key));
                }
            }
        }
        return values;
    }
}
