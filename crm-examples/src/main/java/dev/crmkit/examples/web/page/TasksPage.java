package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /tasks}: filter by status, priority and due date; complete a task with one click (a
 * one-button form); add a task; edit one at {@code /tasks/{id}} (with contact and deal pickers) or
 * delete it.
 */
@Controller
record TasksPage(Crm crm, Pickers pickers) {

    /** The due-date filters the page offers. */
    enum Due {
        ANY,
        OVERDUE,
        TODAY,
        WEEK
    }

    /** The status filter for every task still to be done: to do or in progress. */
    static final String OPEN = "open";

    @GetMapping("/tasks")
    String list(
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String priority,
            @RequestParam(defaultValue = "any") String due,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        return render(model, status, priority, due, cursor, Map.of(), Map.of());
    }

    /** Adds a task; on an error the list shows every error at once and keeps what was typed. */
    @PostMapping("/tasks")
    ModelAndView create(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "medium") String priority,
            @RequestParam(defaultValue = "") String dueDate,
            Model model) {
        FieldErrors errors = new FieldErrors();
        try {
            NewTask.Builder task = NewTask.builder(title)
                    .priority(errors.collect("", () -> TaskPriority.fromKey(priority)))
                    .dueDate(FormFields.date(errors, "dueDate", dueDate));
            crm.tasks().create(FormFields.build(errors, task::build));
            return new ModelAndView("redirect:/tasks");
        } catch (ValidationException e) {
            Map<String, String> typed = Map.of("title", title, "priority", priority, "dueDate", dueDate);
            ModelAndView view =
                    new ModelAndView(render(model, null, null, "any", null, e.errors(), typed), model.asMap());
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return view;
        }
    }

    /** One click: marks the task completed and returns to the list it was clicked in. */
    @PostMapping("/tasks/{id}/complete")
    String complete(
            @PathVariable long id, @RequestParam(defaultValue = "/tasks") String back, RedirectAttributes redirect) {
        Task task = crm.tasks().complete(id);
        redirect.addFlashAttribute("notice", "Completed “" + task.title() + "”.");
        return "redirect:" + LocalAddress.orElse(back, "/tasks");
    }

    /** The edit form of one task, with its contact and deal pickers. */
    @GetMapping("/tasks/{id}")
    String editForm(@PathVariable long id, Model model) {
        Task task = crm.tasks().getById(id);
        model.addAllAttributes(form(task, TaskForm.of(task), Map.of()));
        return "tasks/form";
    }

    @PostMapping("/tasks/{id}")
    ModelAndView update(@PathVariable long id, @ModelAttribute TaskForm form, RedirectAttributes redirect) {
        Task current = crm.tasks().getById(id);
        return PageErrors.saveOrShow(
                () -> {
                    Task task = crm.tasks().update(id, form.toUpdate());
                    redirect.addFlashAttribute("notice", "Saved “" + task.title() + "”.");
                    return new ModelAndView("redirect:/tasks");
                },
                errors -> invalid(current, form, errors));
    }

    @PostMapping("/tasks/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Task task = crm.tasks().getById(id);
        crm.tasks().deleteById(id);
        redirect.addFlashAttribute("notice", "Deleted the task “" + task.title() + "”.");
        return "redirect:/tasks";
    }

    private ModelAndView invalid(Task task, TaskForm form, Map<String, String> errors) {
        ModelAndView view = new ModelAndView("tasks/form", form(task, form, errors));
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }

    private Map<String, Object> form(Task task, TaskForm form, Map<String, String> errors) {
        return Map.of(
                "task", task,
                "form", form,
                "errors", errors,
                "statuses", TaskStatus.values(),
                "priorities", TaskPriority.values(),
                "contacts", pickers.contacts(form.chosenContact()),
                "deals", pickers.deals(form.chosenDeal()));
    }

    private String render(
            Model model,
            @Nullable String status,
            @Nullable String priority,
            String due,
            @Nullable String cursor,
            Map<String, String> errors,
            Map<String, String> typed) {
        LocalDate today = LocalDate.now(crm.clock());
        TaskQuery query = TaskQuery.all()
                .sortedBy(TaskSort.DUE_DATE, SortDirection.ASC)
                .limit(50)
                .withTotal();
        if (OPEN.equals(status)) {
            query = query.withStatuses(Set.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS));
        } else if (status != null && !status.isBlank()) {
            query = query.withStatus(TaskStatus.fromKey(status));
        }
        if (priority != null && !priority.isBlank()) {
            query = query.withPriority(TaskPriority.fromKey(priority));
        }
        query = switch (dueFilter(due)) {
            case ANY -> query;
            case OVERDUE -> query.onlyOverdue();
            case TODAY -> query.dueBetween(today.minusDays(1), today.plusDays(1));
            case WEEK -> query.dueBetween(today.minusDays(1), today.plusDays(8));
        };
        Page<Task> page = crm.tasks().find(query.after(cursor));
        model.addAttribute("page", page);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("priority", priority == null ? "" : priority);
        model.addAttribute("due", due);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("priorities", TaskPriority.values());
        model.addAttribute("today", today);
        model.addAttribute("errors", errors);
        Map<String, String> newTask = new HashMap<>(Map.of("title", "", "priority", "medium", "dueDate", ""));
        newTask.putAll(typed);
        model.addAttribute("newTask", newTask);
        return "tasks/list";
    }

    private static Due dueFilter(String due) {
        for (Due value : Due.values()) {
            if (value.name().equalsIgnoreCase(due)) {
                return value;
            }
        }
        throw new ValidationException("due", "must be one of any, overdue, today, week");
    }
}
