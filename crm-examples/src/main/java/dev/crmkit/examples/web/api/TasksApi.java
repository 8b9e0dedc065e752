package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/tasks}: to-dos with priority, status and due date. */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "tasks")
class TasksApi {

    private final Crm crm;

    TasksApi(Crm crm) {
        this.crm = crm;
    }

    @GetMapping
    @Operation(
            summary = "List tasks",
            description =
                    "status and priority take comma-separated lists"
                            + " (status=todo,in_progress); due_before/due_after are exclusive ISO dates; overdue=true keeps open"
                            + " tasks whose due date has passed; sort is one of id, title, priority, due_date, created_at, updated_at.")
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
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "false") boolean total) {
        Ranges.checkDate("due_before", dueBefore);
        Ranges.checkDate("due_after", dueAfter);
        SortParam<TaskSort> order = SortParam.parse(sort, TaskSort.class, TaskSort.ID);
        TaskQuery query = new TaskQuery(
                Keys.statuses(status),
                Keys.priorities(priority),
                contactId,
                dealId,
                dueBefore,
                dueAfter,
                overdue,
                new PageRequest<>(order.field(), order.direction(), limit, cursor, total));
        return PageJson.of(crm.tasks().find(query), task -> TaskJson.of(task, crm.clock()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a task")
    ResponseEntity<TaskJson> get(@PathVariable long id) {
        Task task = crm.tasks().getById(id);
        return Responses.ok(TaskJson.of(task, crm.clock()), task.version());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a task", description = "priority defaults to medium, status to todo.")
    ResponseEntity<TaskJson> create(@RequestBody @Schema(implementation = TaskJson.class) JsonNode body) {
        Task task = crm.tasks().create(TaskJson.create(body));
        return Responses.created(task.id(), TaskJson.of(task, crm.clock()), task.version());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a task", description = "title, priority and status are required.")
    ResponseEntity<TaskJson> replace(
            @PathVariable long id,
            @RequestBody @Schema(implementation = TaskJson.class) JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Task task = crm.tasks().update(id, TaskJson.update(body, JsonInput.Mode.FULL, ifMatch));
        return Responses.ok(TaskJson.of(task, crm.clock()), task.version());
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Change some fields of a task", description = "{\"status\": \"completed\"} completes it.")
    ResponseEntity<TaskJson> patch(
            @PathVariable long id,
            @RequestBody @Schema(implementation = TaskJson.class) JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Task task = crm.tasks().update(id, TaskJson.update(body, JsonInput.Mode.PARTIAL, ifMatch));
        return Responses.ok(TaskJson.of(task, crm.clock()), task.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a task")
    ResponseEntity<Void> delete(@PathVariable long id) {
        crm.tasks().deleteById(id);
        return ResponseEntity.noContent().build();
    }
}
