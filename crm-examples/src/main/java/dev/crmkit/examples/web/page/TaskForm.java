package dev.crmkit.examples.web.page;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The task edit form as posted: text as typed, so that a form shown again after an error keeps the
 * input. The contact and deal pickers post an id, or nothing for none. Error fields are crm-core's.
 */
record TaskForm(
        @Nullable String title,
        @Nullable String description,
        @Nullable String priority,
        @Nullable String status,
        @Nullable String contactId,
        @Nullable String dealId,
        @Nullable String dueDate,
        @Nullable Long version) {

    static TaskForm of(Task task) {
        return new TaskForm(
                task.title(),
                task.description(),
                task.priority().key(),
                task.status().key(),
                FormFields.shown(task.contactId()),
                FormFields.shown(task.dealId()),
                FormFields.shown(task.dueDate()),
                task.version());
    }

    /** {@return the chosen contact's id, for the picker; {@code null} for none or garbage} */
    @Nullable
    Long chosenContact() {
        return FormFields.id(new FieldErrors(), "contactId", contactId);
    }

    /** {@return the chosen deal's id, for the picker; {@code null} for none or garbage} */
    @Nullable
    Long chosenDeal() {
        return FormFields.id(new FieldErrors(), "dealId", dealId);
    }

    /**
     * Every field is replaced: the form always shows them all.
     *
     * @throws dev.crmkit.core.kernel.ValidationException naming every field that does not parse,
     *     with the command's own errors
     */
    TaskUpdate toUpdate() {
        FieldErrors errors = new FieldErrors();
        TaskUpdate.Builder update =
                TaskUpdate.builder().title(title == null ? "" : title).description(description);
        update.priority(errors.collect("", () -> TaskPriority.fromKey(priority == null ? "" : priority)));
        update.status(errors.collect("", () -> TaskStatus.fromKey(status == null ? "" : status)));
        update.contactId(FormFields.id(errors, "contactId", contactId));
        update.dealId(FormFields.id(errors, "dealId", dealId));
        FormFields.replaceDate(errors, "dueDate", dueDate, update::dueDate);
        if (version != null) {
            update.expectedVersion(version);
        }
        return FormFields.build(errors, update::build);
    }
}
