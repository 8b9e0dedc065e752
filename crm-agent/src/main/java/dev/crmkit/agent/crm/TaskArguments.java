package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import dev.langchain4j.agent.tool.P;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The task tools' parameters, field by field, as argument records the dispatcher expands: each
 * field's description and bound, and the crm-core command or query they make. The one place a task
 * field is described to a model; {@link TaskTools} holds only the tools.
 */
final class TaskArguments {

    private TaskArguments() {}

    /** The fields of {@code create_task}. */
    record Create(
            @P("what to do, e.g. Call John") @MaxLength(Task.TITLE_MAX)
            String title,

            @P("details") @FreeText @Nullable String description,
            @P("default medium") @Nullable TaskPriority priority,
            @P("due date, YYYY-MM-DD") @IsoDate @Nullable String dueDate,
            @P("id of the contact it is about") @Nullable Long contactId,
            @P("id of the deal it is about") @Nullable Long dealId)
            implements AggregateTools.Creating<NewTask> {

        @Override
        public NewTask command() {
            FieldErrors errors = new FieldErrors();
            LocalDate due = ToolArguments.date(errors, "dueDate", dueDate);
            return ToolArguments.built(
                    errors,
                    () -> NewTask.builder(title)
                            .description(description)
                            .priority(priority)
                            .dueDate(due)
                            .contactId(contactId)
                            .dealId(dealId)
                            .build());
        }
    }

    /** The filters and paging of {@code search_tasks}; every filter given must match. */
    record Search(
            @P("status") @Nullable TaskStatus status,
            @P("priority") @Nullable TaskPriority priority,
            @P("contact id") @Nullable Long contactId,
            @P("deal id") @Nullable Long dealId,

            @P("due before this day, YYYY-MM-DD") @IsoDate @Nullable
            String dueBefore,

            @P("due after this day, YYYY-MM-DD") @IsoDate @Nullable
            String dueAfter,

            @P("true for overdue tasks only") @Nullable Boolean overdue,
            SortedPaging<TaskSort> paging)
            implements AggregateTools.Searching<TaskQuery> {

        @Override
        public TaskQuery query() {
            FieldErrors errors = new FieldErrors();
            LocalDate after = ToolArguments.date(errors, "dueAfter", dueAfter);
            LocalDate before = ToolArguments.date(errors, "dueBefore", dueBefore);
            PageRequest<TaskSort> page = errors.collect("", () -> paging.request(TaskSort.ID));
            errors.throwIfAny();
            TaskQuery query = TaskQuery.all()
                    .withContact(contactId)
                    .withDeal(dealId)
                    .dueBetween(after, before)
                    .withPage(Objects.requireNonNull(page));
            if (status != null) {
                query = query.withStatus(status);
            }
            if (priority != null) {
                query = query.withPriority(priority);
            }
            return Boolean.TRUE.equals(overdue) ? query.onlyOverdue() : query;
        }
    }

    /** The fields {@code update_task} changes, each left as it is when not given. */
    record Update(
            @P("new title") @MaxLength(Task.TITLE_MAX) Patch<String> title,
            @P("new details") @FreeText Patch<String> description,
            @P("new priority") Patch<TaskPriority> priority,
            @P("new status") Patch<TaskStatus> status,
            @P("new due date, YYYY-MM-DD") @IsoDate Patch<String> dueDate,
            @P("new contact id, 0 for none") Patch<Long> contactId,
            @P("new deal id, 0 for none") Patch<Long> dealId)
            implements AggregateTools.Updating<TaskUpdate> {

        /** @return the update, without an expected version: a tool changes the record as it is now */
        @Override
        public TaskUpdate update() {
            FieldErrors errors = new FieldErrors();
            Patch<LocalDate> due = ToolArguments.date(errors, "dueDate", dueDate);
            return ToolArguments.built(
                    errors,
                    () -> new TaskUpdate(
                            title,
                            description,
                            priority,
                            status,
                            ToolArguments.link(contactId),
                            ToolArguments.link(dealId),
                            due,
                            null));
        }
    }
}
