package dev.crmkit.examples.cli;

import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * A task's fields as the options of {@code crm tasks}: the ones {@code add} and {@code update} take
 * alike are declared once, here; {@link Add} and {@link Update} add those they take their own way
 * (required or with their default on add, {@code 0} detaches on update) and build crm-core's command.
 * {@link Filter} is the list's.
 */
class TaskOptions {

    @Option(names = "--description", description = "free text")
    @Nullable
    String description;

    @Option(names = "--due-date", paramLabel = "<yyyy-mm-dd>", description = "the day it is due")
    @Nullable
    LocalDate dueDate;

    /** {@code tasks add}: the title is required. */
    static final class Add extends TaskOptions {

        // picocli sets the required option before the command runs
        @Option(names = "--title", required = true, description = "what to do")
        String title = "";

        @Option(
                names = "--priority",
                completionCandidates = EnumKeys.TaskPriorities.class,
                description = "${COMPLETION-CANDIDATES} (default medium)")
        @Nullable
        TaskPriority priority;

        @Option(
                names = "--status",
                completionCandidates = EnumKeys.TaskStatuses.class,
                description = "${COMPLETION-CANDIDATES} (default todo)")
        @Nullable
        TaskStatus status;

        @Option(names = "--contact-id", description = "the contact the task is about")
        @Nullable
        Long contactId;

        @Option(names = "--deal-id", description = "the deal the task is about")
        @Nullable
        Long dealId;

        NewTask command() {
            return new NewTask(title, description, priority, status, contactId, dealId, dueDate);
        }
    }

    /** {@code tasks update}: an option not given leaves its field, an empty value clears an optional one. */
    static final class Update extends TaskOptions {

        @Option(names = "--title", description = "what to do")
        @Nullable
        String title;

        @Option(
                names = "--priority",
                completionCandidates = EnumKeys.TaskPriorities.class,
                description = "${COMPLETION-CANDIDATES}")
        @Nullable
        TaskPriority priority;

        @Option(
                names = "--status",
                completionCandidates = EnumKeys.TaskStatuses.class,
                description = "${COMPLETION-CANDIDATES}")
        @Nullable
        TaskStatus status;

        @Option(names = "--contact-id", description = "0 detaches the contact")
        @Nullable
        Long contactId;

        @Option(names = "--deal-id", description = "0 detaches the deal")
        @Nullable
        Long dealId;

        TaskUpdate command() {
            return new TaskUpdate(
                    Patches.of(title),
                    Patches.of(description),
                    Patches.ofValue(priority),
                    Patches.ofValue(status),
                    Patches.id(contactId),
                    Patches.id(dealId),
                    Patches.ofValue(dueDate),
                    null);
        }
    }

    /** The filters of {@code tasks list} and {@code export tasks}, every one given must match; the list adds the page. */
    static final class Filter {

        @Option(
                names = "--status",
                split = ",",
                completionCandidates = EnumKeys.TaskStatuses.class,
                description = "one or more of ${COMPLETION-CANDIDATES}")
        @Nullable
        Set<TaskStatus> statuses;

        @Option(
                names = "--priority",
                split = ",",
                completionCandidates = EnumKeys.TaskPriorities.class,
                description = "one or more of ${COMPLETION-CANDIDATES}")
        @Nullable
        Set<TaskPriority> priorities;

        @Option(names = "--contact-id", description = "only tasks about this contact")
        @Nullable
        Long contactId;

        @Option(names = "--deal-id", description = "only tasks about this deal")
        @Nullable
        Long dealId;

        @Option(names = "--due-before", paramLabel = "<yyyy-mm-dd>", description = "only tasks due before this day")
        @Nullable
        LocalDate dueBefore;

        @Option(names = "--due-after", paramLabel = "<yyyy-mm-dd>", description = "only tasks due after this day")
        @Nullable
        LocalDate dueAfter;

        @Option(names = "--overdue", description = "only open tasks past their due date")
        boolean overdue;

        TaskQuery query(PageRequest<TaskSort> page) {
            return new TaskQuery(
                    statuses == null ? EnumSet.noneOf(TaskStatus.class) : statuses,
                    priorities == null ? EnumSet.noneOf(TaskPriority.class) : priorities,
                    contactId,
                    dealId,
                    dueBefore,
                    dueAfter,
                    overdue,
                    page);
        }
    }
}
