package dev.crmkit.examples.cli;

import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.examples.StorageKind;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * The values of an enum option as they are typed, in lower case ({@code in_progress}), for the help's
 * {@code ${COMPLETION-CANDIDATES}}: picocli would list the constants' names ({@code IN_PROGRESS}), unlike the
 * errors ({@link ParameterErrors}), the README and the JSON output. One subclass per enum, as picocli
 * instantiates the class it is given.
 */
abstract class EnumKeys implements Iterable<String> {

    private final Class<? extends Enum<?>> type;

    EnumKeys(Class<? extends Enum<?>> type) {
        this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .iterator();
    }

    static final class TaskStatuses extends EnumKeys {
        TaskStatuses() {
            super(TaskStatus.class);
        }
    }

    static final class TaskPriorities extends EnumKeys {
        TaskPriorities() {
            super(TaskPriority.class);
        }
    }

    static final class Outcomes extends EnumKeys {
        Outcomes() {
            super(StageOutcome.class);
        }
    }

    static final class ActivityTypes extends EnumKeys {
        ActivityTypes() {
            super(ActivityType.class);
        }
    }

    static final class Dialects extends EnumKeys {
        Dialects() {
            super(Dialect.class);
        }
    }

    static final class Storages extends EnumKeys {
        Storages() {
            super(StorageKind.class);
        }
    }
}
