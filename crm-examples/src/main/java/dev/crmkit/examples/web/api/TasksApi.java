package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/tasks}: to-dos with priority, status and due date. */
@CrudController(
        plural = "tasks",
        create = "priority defaults to medium, status to todo.",
        replace = "title, priority and status are required.",
        patch = "{\"status\": \"completed\"} completes it.")
class TasksApi extends CrudApi<Task, TaskJson> {

    TasksApi(Crm crm) {
        super(crm, crm.tasks(), TaskJson.codec(crm.clock()), crm.tasks()::create, crm.tasks()::update);
    }

    @GetMapping
    @Operation(
            description = "status and priority take comma-separated lists"
                    + " (status=todo,in_progress); due_before/due_after are exclusive ISO dates; overdue=true keeps open"
                    + " tasks whose due date has passed")
    PageJson<TaskJson> list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(name = "contact_id", required = false) @Nullable Long contactId,
            @RequestParam(name = "deal_id", required = false) @Nullable Long dealId,
            @RequestParam(name = "due_before", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate dueBefore,
            @RequestParam(name = "due_after", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate dueAfter,
            @RequestParam(defaultValue = "false") boolean overdue,
            PageRequest<TaskSort> page) {
        Ranges.checkDate("due_before", dueBefore);
        Ranges.checkDate("due_after", dueAfter);
        TaskQuery query = Ranges.naming(
                "due_after",
                dueAfter != null && dueBefore != null && !dueAfter.isBefore(dueBefore),
                "must be before due_before",
                () -> ListQueries.build(() -> new TaskQuery(
                        Keys.statuses(status),
                        Keys.priorities(priority),
                        contactId,
                        dealId,
                        dueBefore,
                        dueAfter,
                        overdue,
                        page)));
        return page(crm.tasks().find(query));
    }
}
