package dev.crmkit.core.transfer;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Imports tasks from CSV ({@link CsvImporter} has the format, batches, dry run and error CSV).
 * {@code contactEmail} refers to a stored contact by email, {@code dealTitle} to a stored deal by
 * title (when several deals have it, the one with the task's contact; a row that stays ambiguous
 * or names nothing stored is refused).
 *
 * <p>Upsert by what identifies a task in a file: the stored task with the same title, contact,
 * deal and due date (or none) is updated (or left untouched when nothing differs); otherwise the
 * row creates a task. The fields: {@code title} must have a column; {@code description}, {@code
 * priority} ({@code low} … {@code urgent}), {@code status} ({@code todo}, {@code in_progress},
 * {@code completed}, {@code cancelled}), {@code contactEmail}, {@code dealTitle} and {@code
 * dueDate} (ISO {@code 2027-01-31}) may. Each batch creates its new tasks as one bulk insert.
 */
public final class TaskImporter extends CsvImporter<TaskImporter, TaskImporter.TaskRow> {

    /** The fields, in the order {@link Exporter} writes them. */
    static final List<String> FIELDS =
            List.of("title", "description", "priority", "status", "contactEmail", "dealTitle", "dueDate");

    /** @param crm the CRM to import into */
    public TaskImporter(Crm crm) {
        super(crm, FIELDS, List.of("title"));
    }

    /** A checked row: the task without its references, and the references by name. */
    record TaskRow(
            NewTask task,
            @Nullable TaskPriority priority,
            @Nullable TaskStatus status,
            @Nullable String contactEmail,
            @Nullable String dealTitle) {}

    @Override
    TaskRow parse(Cells cells) {
        FieldErrors errors = new FieldErrors();
        String priority = cells.text("priority");
        TaskPriority p = priority == null ? null : errors.collect("", () -> TaskPriority.fromKey(priority));
        String status = cells.text("status");
        TaskStatus s = status == null ? null : errors.collect("", () -> TaskStatus.fromKey(status));
        LocalDate due = DealImporter.date(errors, "dueDate", cells.text("dueDate"));
        NewTask task = errors.collect(
                "",
                () -> NewTask.builder(cells.raw("title"))
                        .description(cells.raw("description"))
                        .priority(p)
                        .status(s)
                        .dueDate(due)
                        .build());
        errors.throwIfAny();
        String email = cells.text("contactEmail");
        return new TaskRow(
                Objects.requireNonNull(task),
                p,
                s,
                email == null ? null : email.toLowerCase(Locale.ROOT),
                cells.text("dealTitle"));
    }

    @Override
    String key(TaskRow row) {
        return String.join(
                "\u0000",
                row.task().title(),
                Objects.requireNonNullElse(row.contactEmail(), ""),
                Objects.requireNonNullElse(row.dealTitle(), ""),
                Objects.toString(row.task().dueDate(), ""));
    }

    @Override
    void upsert(List<Row<TaskRow>> rows, Batch batch) {
        Map<String, Contact> contacts = References.contacts(crm, References.named(rows, TaskRow::contactEmail));
        Map<String, List<Deal>> deals = crm.deals().findByTitles(References.named(rows, TaskRow::dealTitle)).stream()
                .collect(Collectors.groupingBy(Deal::title));
        List<Task> stored =
                crm.tasks().findByTitles(References.named(rows, r -> r.task().title()));
        List<NewTask> created = new ArrayList<>();
        for (Row<TaskRow> row : rows) {
            TaskRow r = row.value();
            FieldErrors errors = new FieldErrors();
            Long contactId =
                    References.idOf(errors, contacts, r.contactEmail(), "contactEmail", "no contact has the email ");
            Long dealId = null;
            if (r.dealTitle() != null) {
                List<Deal> named = deals.getOrDefault(r.dealTitle(), List.of());
                List<Deal> candidates = named.size() > 1
                        ? named.stream()
                                .filter(d -> Objects.equals(d.contactId(), contactId))
                                .toList()
                        : named;
                if (candidates.size() == 1) {
                    dealId = candidates.get(0).id();
                } else {
                    errors.add(
                            "dealTitle",
                            named.isEmpty()
                                    ? "no deal has the title " + r.dealTitle()
                                    : named.size() + " deals have the title " + r.dealTitle()
                                            + ", none of them alone with this contact");
                }
            }
            if (batch.refused(row, errors)) {
                continue;
            }
            Long deal = dealId;
            NewTask t = r.task();
            Optional<Task> current = stored.stream()
                    .filter(s -> s.title().equals(t.title())
                            && Objects.equals(s.contactId(), contactId)
                            && Objects.equals(s.dealId(), deal)
                            && Objects.equals(s.dueDate(), t.dueDate()))
                    .min(Comparator.comparingLong(Task::id));
            if (current.isEmpty()) {
                created.add(new NewTask(
                        t.title(), t.description(), t.priority(), t.status(), contactId, deal, t.dueDate()));
                continue;
            }
            Task task = current.get();
            batch.counted(crm.tasks().update(task.id(), update(r)).version() != task.version());
        }
        batch.created += crm.tasks().createAll(created).size();
    }

    private TaskUpdate update(TaskRow r) {
        TaskUpdate.Builder update = TaskUpdate.builder().title(r.task().title());
        ifColumn("description", () -> update.description(r.task().description()));
        if (r.priority() != null) {
            update.priority(r.priority());
        }
        if (r.status() != null) {
            update.status(r.status());
        }
        return update.build();
    }
}
