package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: counts, per pipeline the open value, forecast and deals by stage, and the tasks that need attention. */
@Controller
final class DashboardPage {

    /** How far ahead "due soon" looks, in days. */
    static final int DUE_SOON_DAYS = 7;

    private final Crm crm;

    DashboardPage(Crm crm) {
        this.crm = crm;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        LocalDate today = LocalDate.now(crm.clock());
        model.addAttribute(
                "contactCount",
                total(crm.contacts()
                        .find(ContactQuery.all().limit(1).withTotal())
                        .total()));
        model.addAttribute(
                "openDealCount",
                total(crm.deals()
                        .find(DealQuery.all()
                                .withOutcome(StageOutcome.OPEN)
                                .limit(1)
                                .withTotal())
                        .total()));
        model.addAttribute(
                "openTaskCount",
                total(crm.tasks()
                        .find(TaskQuery.all()
                                .withStatuses(Set.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS))
                                .limit(1)
                                .withTotal())
                        .total()));
        List<PipelineSummary> summaries = crm
                .pipelines()
                .find(PipelineQuery.all().limit(100))
                .items()
                .stream()
                .map(pipeline -> crm.pipelines().summary(pipeline.id()))
                .toList();
        model.addAttribute("summaries", summaries);
        Page<Task> overdue = crm.tasks()
                .find(TaskQuery.all()
                        .onlyOverdue()
                        .sortedBy(TaskSort.DUE_DATE, SortDirection.ASC)
                        .limit(10)
                        .withTotal());
        List<Task> dueSoon = crm.tasks()
                .find(TaskQuery.all()
                        .withStatuses(Set.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS))
                        .dueBetween(today.minusDays(1), today.plusDays(DUE_SOON_DAYS + 1))
                        .sortedBy(TaskSort.DUE_DATE, SortDirection.ASC)
                        .limit(10))
                .items();
        model.addAttribute("overdue", overdue.items());
        model.addAttribute("overdueCount", total(overdue.total()));
        model.addAttribute("dueSoon", dueSoon);
        model.addAttribute("today", today);
        return "dashboard";
    }

    private static long total(OptionalLong total) {
        return total.orElse(0);
    }
}
