package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.crm.CrmViews.TaskView;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.service.TaskService;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskUpdate;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;

/**
 * The task tools: those declared alike ({@link AggregateTools}; tasks have no custom fields), {@code complete_task} and {@code overdue_tasks}; their parameters, field by field, are
 * {@link TaskArguments}. "Overdue" means still open (todo or in progress) with a due date before today,
 * by the CRM's clock. Thread-safe.
 */
record TaskTools(TaskService tasks) {

    static final AggregateTools<TaskTools, Task, NewTask, TaskQuery, TaskUpdate> TOOLS =
            AggregateTools.<TaskTools, Task, NewTask, TaskQuery, TaskUpdate, TaskService>of(
                            "task",
                            "tasks",
                            TaskTools::tasks,
                            TaskView::of,
                            (tasks, command, none) -> tasks.create(command),
                            TaskService::find,
                            (tasks, id, update, none) -> tasks.update(id, update))
                    .creating(
                            TaskArguments.Create.class,
                            "Create a task, optionally about a contact or a deal. "
                                    + "Example: {\"title\": \"Call John\", \"dueDate\": \"2026-03-15\", \"contactId\": 12}")
                    .searching(
                            TaskArguments.Search.class,
                            "Find tasks; every filter given must match. Example: {\"contactId\": 12, \"status\": \"todo\"}")
                    .updating(
                            TaskArguments.Update.class,
                            "Change a task. Only the fields given change; contactId or dealId 0 "
                                    + "removes the link, an empty dueDate or description clears it. Example: {\"id\": 3, \"priority\": \"high\"}");

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
