package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.Deleted;
import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.crm.CrmViews.TaskView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.agent.tool.RequiresConfirmation;
import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.service.TaskService;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.jspecify.annotations.Nullable;

/**
 * The task tools. "Overdue" means still open (todo or in progress) with a due date before today,
 * by the CRM's clock. Thread-safe.
 */
public final class TaskTools {

    private final TaskService tasks;

    /** @param crm the CRM the tools act on */
    public TaskTools(Crm crm) {
        this.tasks = crm.tasks();
    }

    /**
     * Creates a task ({@code create_task}).
     *
     * @param title what to do, e.g. Call John
     * @param description details
     * @param priority default medium
     * @param dueDate due date, YYYY-MM-DD
     * @param contactId id of the contact it is about
     * @param dealId id of the deal it is about
     * @return the new task, with its description
     * @throws ValidationException on a missing or malformed field
     * @throws NotFoundException when the contact or deal does not exist
     */
    @Tool(
            name = "create_task",
            value = "Create a task, optionally about a contact or a deal. "
                    + "Example: {\"title\": \"Call John\", \"dueDate\": \"2026-03-15\", \"contactId\": 12}")
    public TaskView createTask(
            @P("what to do, e.g. Call John") @MaxLength(Task.TITLE_MAX) String title,
            @P(value = "details", required = false) @MaxLength(CrmViews.TEXT_MAX) @Nullable String description,
            @P(value = "default medium", required = false) @Nullable TaskPriority priority,
            @P(value = "due date, YYYY-MM-DD", required = false) @MaxLength(ToolArguments.DATE_LENGTH) @Nullable
                    String dueDate,
            @P(value = "id of the contact it is about", required = false) @Nullable Long contactId,
            @P(value = "id of the deal it is about", required = false) @Nullable Long dealId) {
        NewTask command = NewTask.builder(title)
                .description(description)
                .priority(priority)
                .dueDate(ToolArguments.date("dueDate", dueDate))
                .contactId(contactId)
                .dealId(dealId)
                .build();
        return TaskView.of(tasks.create(command), true);
    }

    /**
     * Reads one task ({@code get_task}).
     *
     * @param id task id
     * @return the task, with its description
     * @throws NotFoundException when there is no such task
     */
    @Tool(name = "get_task", value = "Get one task by its id. Example: {\"id\": 3}")
    public TaskView getTask(@P("task id") long id) {
        return TaskView.of(tasks.getById(id), true);
    }

    /**
     * Lists the tasks matching every filter given ({@code search_tasks}), one page at a time.
     *
     * @param status status
     * @param priority priority
     * @param contactId contact id
     * @param dealId deal id
     * @param dueBefore due before this day, YYYY-MM-DD
     * @param dueAfter due after this day, YYYY-MM-DD
     * @param overdue true for overdue tasks only
     * @param sort sort field, default id
     * @param direction asc or desc, default asc
     * @param limit how many, 1 to 100, default 20
     * @param cursor nextCursor of the previous page
     * @return the page, tasks without their descriptions
     * @throws ValidationException on a bad limit, cursor or date
     */
    @Tool(
            name = "search_tasks",
            value = "Find tasks; every filter given must match. Example: "
                    + "{\"contactId\": 12, \"status\": \"todo\"}. When nextCursor is returned, pass it as cursor "
                    + "to get the next page.")
    public PageView<TaskView> searchTasks(
            @P(value = "status", required = false) @Nullable TaskStatus status,
            @P(value = "priority", required = false) @Nullable TaskPriority priority,
            @P(value = "contact id", required = false) @Nullable Long contactId,
            @P(value = "deal id", required = false) @Nullable Long dealId,
            @P(value = "due before this day, YYYY-MM-DD", required = false)
                    @MaxLength(ToolArguments.DATE_LENGTH)
                    @Nullable
                    String dueBefore,
            @P(value = "due after this day, YYYY-MM-DD", required = false)
                    @MaxLength(ToolArguments.DATE_LENGTH)
                    @Nullable
                    String dueAfter,
            @P(value = "true for overdue tasks only", required = false) @Nullable Boolean overdue,
            @P(value = "sort field, default id", required = false) @Nullable TaskSort sort,
            @P(value = "asc or desc, default asc", required = false) @Nullable SortDirection direction,
            @P(value = "how many, 1 to 100, default 20", required = false) @Nullable Long limit,
            @P(value = "nextCursor of the previous page", required = false)
                    @MaxLength(ToolArguments.CURSOR_MAX)
                    @Nullable
                    String cursor) {
        TaskQuery query = TaskQuery.all()
                .withContact(contactId)
                .withDeal(dealId)
                .dueBetween(ToolArguments.date("dueAfter", dueAfter), ToolArguments.date("dueBefore", dueBefore))
                .sortedBy(sort == null ? TaskSort.ID : sort, ToolArguments.direction(direction))
                .limit(ToolArguments.limit(limit))
                .after(cursor);
        if (status != null) {
            query = query.withStatus(status);
        }
        if (priority != null) {
            query = query.withPriority(priority);
        }
        if (Boolean.TRUE.equals(overdue)) {
            query = query.onlyOverdue();
        }
        return PageView.of(tasks.find(query), task -> TaskView.of(task, false));
    }

    /**
     * Changes the fields given of a task ({@code update_task}); an empty string clears an optional field, 0 detaches the contact or deal.
     *
     * @param id task id
     * @param title new title
     * @param description new details
     * @param priority new priority
     * @param status new status
     * @param dueDate new due date, YYYY-MM-DD
     * @param contactId new contact id, 0 for none
     * @param dealId new deal id, 0 for none
     * @return the task as changed
     * @throws NotFoundException when there is no such task, contact or deal
     * @throws ValidationException on a malformed field
     */
    @Tool(
            name = "update_task",
            value =
                    "Change a task. Only the fields given change; contactId or dealId 0 "
                            + "removes the link, an empty dueDate or description clears it. Example: {\"id\": 3, \"priority\": \"high\"}")
    public TaskView updateTask(
            @P("task id") long id,
            @P(value = "new title", required = false) @MaxLength(Task.TITLE_MAX) @Nullable String title,
            @P(value = "new details", required = false) @MaxLength(CrmViews.TEXT_MAX) @Nullable String description,
            @P(value = "new priority", required = false) @Nullable TaskPriority priority,
            @P(value = "new status", required = false) @Nullable TaskStatus status,
            @P(value = "new due date, YYYY-MM-DD", required = false) @MaxLength(ToolArguments.DATE_LENGTH) @Nullable
                    String dueDate,
            @P(value = "new contact id, 0 for none", required = false) @Nullable Long contactId,
            @P(value = "new deal id, 0 for none", required = false) @Nullable Long dealId) {
        TaskUpdate.Builder update = TaskUpdate.builder();
        ToolArguments.given(title, update::title);
        ToolArguments.given(description, update::description);
        ToolArguments.given(priority, update::priority);
        ToolArguments.given(status, update::status);
        ToolArguments.date("dueDate", dueDate, update::dueDate);
        ToolArguments.link(contactId, update::contactId);
        ToolArguments.link(dealId, update::dealId);
        return TaskView.of(tasks.update(id, update.build()), true);
    }

    /**
     * Marks a task completed ({@code complete_task}).
     *
     * @param id task id
     * @return the completed task
     * @throws NotFoundException when there is no such task
     */
    @Tool(name = "complete_task", value = "Mark a task as completed. Example: {\"id\": 3}")
    public TaskView completeTask(@P("task id") long id) {
        return TaskView.of(tasks.complete(id), true);
    }

    /**
     * Lists the open tasks whose due date has passed, the oldest due first ({@code overdue_tasks}).
     *
     * @param limit how many, 1 to 100, default 20
     * @param cursor nextCursor of the previous page
     * @return the page, tasks without their descriptions
     * @throws ValidationException on a bad limit or cursor
     */
    @Tool(
            name = "overdue_tasks",
            value = "List open tasks whose due date has passed, the oldest due first. " + "Example: {}")
    public PageView<TaskView> overdueTasks(
            @P(value = "how many, 1 to 100, default 20", required = false) @Nullable Long limit,
            @P(value = "nextCursor of the previous page", required = false)
                    @MaxLength(ToolArguments.CURSOR_MAX)
                    @Nullable
                    String cursor) {
        TaskQuery query = TaskQuery.all()
                .onlyOverdue()
                .sortedBy(TaskSort.DUE_DATE, SortDirection.ASC)
                .limit(ToolArguments.limit(limit))
                .after(cursor);
        return PageView.of(tasks.find(query), task -> TaskView.of(task, false));
    }

    /**
     * Deletes a task ({@code delete_task}); runs only after the host confirmed it.
     *
     * @param id task id
     * @return what was deleted
     * @throws NotFoundException when there is no such task
     */
    @RequiresConfirmation
    @Tool(name = "delete_task", value = "Delete a task. The user must confirm it first. Example: {\"id\": 3}")
    public Deleted deleteTask(@P("task id") long id) {
        tasks.deleteById(id);
        return new Deleted("task", id);
    }
}
