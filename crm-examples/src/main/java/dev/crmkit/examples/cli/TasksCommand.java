package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskUpdate;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm tasks add|list|show|update|complete|delete}. */
@Command(name = "tasks", description = "Manage tasks.")
final class TasksCommand extends Subcommand {

    private static final List<String> COLUMNS =
            List.of("id", "title", "priority", "status", "due_date", "is_overdue", "contact_id", "deal_id");

    @Command(name = "add", aliases = "create", description = "Add a task.")
    int add(@Mixin TaskOptions.Add task) {
        return printRecord(crm -> Views.task(crm.tasks().create(task.command()), today(crm)));
    }

    @Command(name = "list", description = "List tasks; every filter given must match.")
    int list(@Mixin TaskOptions.Filter filter, @Mixin PageOptions page) {
        return root().withCrm(crm -> {
            Page<Task> found = crm.tasks().find(filter.query(page.request(TaskSort.class, TaskSort.ID)));
            LocalDate today = today(crm);
            printPage(found, task -> Views.task(task, today), COLUMNS);
        });
    }

    @Command(name = "show", aliases = "get", description = "Show one task.")
    int show(@Parameters(paramLabel = "<id>", description = "the task's id") long id) {
        return printRecord(crm -> Views.task(crm.tasks().getById(id), today(crm)));
    }

    @Command(name = "complete", description = "Mark a task completed.")
    int complete(@Parameters(paramLabel = "<id>", description = "the task's id") long id) {
        return printRecord(crm -> Views.task(crm.tasks().complete(id), today(crm)));
    }

    @Command(name = "update", description = "Change the fields given; an empty value clears an optional one.")
    int update(
            @Parameters(paramLabel = "<id>", description = "the task's id") long id, @Mixin TaskOptions.Update task) {
        TaskUpdate update = task.command();
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
