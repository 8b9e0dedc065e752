package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.crm.CrmViews.TaskView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.kernel.Patch;
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
record TaskTools(TaskService tasks) {

    static final ByIdTools<TaskTools, Task> BY_ID =
            ByIdTools.of("task", TaskTools::tasks, task -> TaskView.of(task, true));

    @Tool(
            name = "create_task",
            value = "Create a task, optionally about a contact or a deal. "
                    + "Example: {\"title\": \"Call John\", \"dueDate\": \"2026-03-15\", \"contactId\": 12}")
    TaskView createTask(
            @P("what to do, e.g. Call John") @MaxLength(Task.TITLE_MAX) String title,
            @P("details") @FreeText @Nullable String description,
            @P("default medium") @Nullable TaskPriority priority,
            @P("due date, YYYY-MM-DD") @IsoDate @Nullable String dueDate,
            @P("id of the contact it is about") @Nullable Long contactId,
            @P("id of the deal it is about") @Nullable Long dealId) {
        NewTask command = NewTask.builder(title)
                .description(description)
                .priority(priority)
                .dueDate(ToolArguments.date("dueDate", dueDate))
                .contactId(contactId)
                .dealId(dealId)
                .build();
        return TaskView.of(tasks.create(command), true);
    }

    @Tool(
            name = "search_tasks",
            value = "Find tasks; every filter given must match. Example: "
                    + "{\"contactId\": 12, \"status\": \"todo\"}")
    PageView<TaskView> searchTasks(
            @P("status") @Nullable TaskStatus status,
            @P("priority") @Nullable TaskPriority priority,
            @P("contact id") @Nullable Long contactId,
            @P("deal id") @Nullable Long dealId,
            @P("due before this day, YYYY-MM-DD") @IsoDate @Nullable String dueBefore,
            @P("due after this day, YYYY-MM-DD") @IsoDate @Nullable String dueAfter,
            @P("true for overdue tasks only") @Nullable Boolean overdue,
            SortedPaging<TaskSort> paging) {
        TaskQuery query = TaskQuery.all()
                .withContact(contactId)
                .withDeal(dealId)
                .dueBetween(ToolArguments.date("dueAfter", dueAfter), ToolArguments.date("dueBefore", dueBefore))
                .withPage(paging.request(TaskSort.ID));
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

    @Tool(
            name = "update_task",
            value =
                    "Change a task. Only the fields given change; contactId or dealId 0 "
                            + "removes the link, an empty dueDate or description clears it. Example: {\"id\": 3, \"priority\": \"high\"}")
    TaskView updateTask(
            @P("task id") long id,
            @P("new title") @MaxLength(Task.TITLE_MAX) Patch<String> title,
            @P("new details") @FreeText Patch<String> description,
            @P("new priority") Patch<TaskPriority> priority,
            @P("new status") Patch<TaskStatus> status,
            @P("new due date, YYYY-MM-DD") @IsoDate Patch<String> dueDate,
            @P("new contact id, 0 for none") Patch<Long> contactId,
            @P("new deal id, 0 for none") Patch<Long> dealId) {
        TaskUpdate update = new TaskUpdate(
                title,
                description,
                priority,
                status,
                ToolArguments.link(contactId),
                ToolArguments.link(dealId),
                ToolArguments.date("dueDate", dueDate),
                null);
        return TaskView.of(tasks.update(id, update), true);
    }

    @Tool(name = "complete_task", value = "Mark a task as completed.")
    TaskView completeTask(@P("task id") long id) {
        return TaskView.of(tasks.complete(id), true);
    }

    @Tool(name = "overdue_tasks", value = "List open tasks whose due date has passed, the oldest due first.")
    PageView<TaskView> overdueTasks(Paging paging) {
        TaskQuery query = TaskQuery.all().onlyOverdue().withPage(paging.sortedBy(TaskSort.DUE_DATE, SortDirection.ASC));
        return PageView.of(tasks.find(query), task -> TaskView.of(task, false));
    }
}
