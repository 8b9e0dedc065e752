package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.crm.CrmViews.TaskView;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.service.TaskService;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;

/**
 * The task tools; their parameters, field by field, are {@link TaskArguments}. "Overdue" means
 * still open (todo or in progress) with a due date before today, by the CRM's clock. Thread-safe.
 */
record TaskTools(TaskService tasks) {

    static final ByIdTools<TaskTools, Task> BY_ID =
            ByIdTools.of("task", TaskTools::tasks, task -> TaskView.of(task, true));

    @Tool(
            name = "create_task",
            value = "Create a task, optionally about a contact or a deal. "
                    + "Example: {\"title\": \"Call John\", \"dueDate\": \"2026-03-15\", \"contactId\": 12}")
    TaskView createTask(TaskArguments.Create task) {
        return TaskView.of(tasks.create(task.command()), true);
    }

    @Tool(
            name = "search_tasks",
            value = "Find tasks; every filter given must match. Example: "
                    + "{\"contactId\": 12, \"status\": \"todo\"}")
    PageView<TaskView> searchTasks(TaskArguments.Search search) {
        return PageView.of(tasks.find(search.query()), task -> TaskView.of(task, false));
    }

    @Tool(
            name = "update_task",
            value =
                    "Change a task. Only the fields given change; contactId or dealId 0 "
                            + "removes the link, an empty dueDate or description clears it. Example: {\"id\": 3, \"priority\": \"high\"}")
    TaskView updateTask(@P("task id") long id, TaskArguments.Update changes) {
        return TaskView.of(tasks.update(id, changes.update()), true);
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
