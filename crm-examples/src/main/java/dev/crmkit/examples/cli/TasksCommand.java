package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm tasks add|list|show|update|complete|delete}. */
@Command(name = "tasks", description = "Manage tasks.", mixinStandardHelpOptions = true)
final class TasksCommand extends Subcommand {

    private static final List<String> COLUMNS =
            List.of("id", "title", "priority", "status", "due_date", "is_overdue", "contact_id", "deal_id");

    @Command(name = "add", description = "Add a task.")
    int add(
            @Option(names = "--title", required = true) String title,
            @Option(names = "--description") @Nullable String description,
            @Option(names = "--priority", description = "${COMPLETION-CANDIDATES} (default medium)") @Nullable
                    TaskPriority priority,
            @Option(names = "--status", description = "${COMPLETION-CANDIDATES} (default todo)") @Nullable
                    TaskStatus status,
            @Option(names = "--contact-id") @Nullable Long contactId,
            @Option(names = "--deal-id") @Nullable Long dealId,
            @Option(names = "--due-date", paramLabel = "<yyyy-mm-dd>") @Nullable LocalDate dueDate) {
        return printRecord(crm -> Views.task(
                crm.tasks().create(new NewTask(title, description, priority, status, contactId, dealId, dueDate)),
                today(crm)));
    }

    @Command(name = "list", description = "List tasks; every filter given must match.")
    int list(
            @Option(names = "--status", split = ",", description = "one or more of ${COMPLETION-CANDIDATES}") @Nullable
                    Set<TaskStatus> statuses,
            @Option(names = "--priority", split = ",", description = "one or more of ${COMPLETION-CANDIDATES}")
                    @Nullable
                    Set<TaskPriority> priorities,
            @Option(names = "--contact-id") @Nullable Long contactId,
            @Option(names = "--deal-id") @Nullable Long dealId,
            @Option(names = "--due-before", paramLabel = "<yyyy-mm-dd>") @Nullable LocalDate dueBefore,
            @Option(names = "--due-after", paramLabel = "<yyyy-mm-dd>") @Nullable LocalDate dueAfter,
            @Option(names = "--overdue", description = "only open tasks past their due date") boolean overdue,
            @Mixin PageOptions page) {
        return root().withCrm(crm -> {
            TaskQuery query = new TaskQuery(
                    statuses == null ? EnumSet.noneOf(TaskStatus.class) : statuses,
                    priorities == null ? EnumSet.noneOf(TaskPriority.class) : priorities,
                    contactId,
                    dealId,
                    dueBefore,
                    dueAfter,
                    overdue,
                    page.request(TaskSort.class, TaskSort.ID));
            Page<Task> found = crm.tasks().find(query);
            LocalDate today = today(crm);
            printPage(found, task -> Views.task(task, today), COLUMNS);
        });
    }

    @Command(name = "show", description = "Show one task.")
    int show(@Parameters(paramLabel = "<id>") long id) {
        return printRecord(crm -> Views.task(crm.tasks().getById(id), today(crm)));
    }

    @Command(name = "complete", description = "Mark a task completed.")
    int complete(@Parameters(paramLabel = "<id>") long id) {
        return printRecord(crm -> Views.task(crm.tasks().complete(id), today(crm)));
    }

    @Command(name = "update", description = "Change the fields given; an empty value clears an optional one.")
    int update(
            @Parameters(paramLabel = "<id>") long id,
            @Option(names = "--title") @Nullable String title,
            @Option(names = "--description") @Nullable String description,
            @Option(names = "--priority") @Nullable TaskPriority priority,
            @Option(names = "--status") @Nullable TaskStatus status,
            @Option(names = "--contact-id", description = "0 detaches the contact") @Nullable Long contactId,
            @Option(names = "--deal-id", description = "0 detaches the deal") @Nullable Long dealId,
            @Option(names = "--due-date", paramLabel = "<yyyy-mm-dd>") @Nullable LocalDate dueDate) {
        TaskUpdate update = new TaskUpdate(
                Patches.of(title),
                Patches.of(description),
                Patches.ofValue(priority),
                Patches.ofValue(status),
                Patches.id(contactId),
                Patches.id(dealId),
                Patches.ofValue(dueDate),
                null);
        return printRecord(crm -> Views.task(crm.tasks().update(id, update), today(crm)));
    }

    @Command(name = "delete", description = "Delete a task.")
    int delete(@Mixin DeleteOptions options) {
        return delete("task", options, (crm, id) -> crm.tasks().deleteById(id));
    }

    private static LocalDate today(Crm crm) {
        return LocalDate.now(crm.clock());
    }
}
