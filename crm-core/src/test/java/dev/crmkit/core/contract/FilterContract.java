package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every filter of every query, alone and combined: each returns exactly the matching rows, in
 * the query's order, and its total counts exactly those.
 */
public abstract class FilterContract extends ContractTest {

    @Test
    void should_filter_contacts_by_text_and_company_alone_and_combined() {
        Contact acmeAda = crm().contacts()
                .create(aContact()
                        .withFirstName("Ada")
                        .withLastName("Byron")
                        .withEmail("c1@example.com")
                        .withCompany("Acme")
                        .build());
        Contact acmeBob = crm().contacts()
                .create(aContact()
                        .withFirstName("Bob")
                        .withLastName("Byron")
                        .withEmail("c2@example.com")
                        .withCompany("Acme")
                        .build());
        Contact otherAda = crm().contacts()
                .create(aContact()
                        .withFirstName("Ada")
                        .withLastName("King")
                        .withEmail("c3@example.com")
                        .withCompany("Acme Labs")
                        .build());
        Contact nobody = crm().contacts()
                .create(aContact()
                        .withFirstName("Carl")
                        .withLastName("Zed")
                        .withEmail("c4@example.com")
                        .build());

        assertThat(contacts(ContactQuery.all().withText("ADA"))).containsExactly(acmeAda, otherAda);
        assertThat(contacts(ContactQuery.all().withText("acme"))).containsExactly(acmeAda, acmeBob, otherAda);
        assertThat(contacts(ContactQuery.all().withCompany("Acme"))).containsExactly(acmeAda, acmeBob);
        assertThat(contacts(ContactQuery.all().withText("ada").withCompany("Acme")))
                .containsExactly(acmeAda);
        assertThat(contacts(ContactQuery.all().withText("carl zed"))).containsExactly(nobody);
        assertThat(contacts(ContactQuery.all().withCompany("acme")))
                .as("company matches exactly")
                .isEmpty();
    }

    @Test
    void should_filter_deals_by_every_field_alone() {
        DealFixture f = new DealFixture();

        assertThat(deals(DealQuery.all().inPipeline(f.sales.id()))).containsExactly(f.leadA, f.wonB, f.lost);
        assertThat(deals(DealQuery.all().withStatus("WON"))).containsExactly(f.wonB);
        assertThat(deals(DealQuery.all().withContact(f.ada.id()))).containsExactly(f.leadA, f.appliedA);
        assertThat(deals(DealQuery.all().withAmountBetween(new BigDecimal("250"), null)))
                .containsExactly(f.wonB, f.lost, f.hired);
        assertThat(deals(DealQuery.all().withAmountBetween(null, new BigDecimal("250"))))
                .containsExactly(f.leadA, f.lost, f.appliedA);
        assertThat(deals(DealQuery.all().withAmountBetween(new BigDecimal("100"), new BigDecimal("999.99"))))
                .containsExactly(f.leadA, f.lost, f.appliedA, f.hired);
        assertThat(deals(DealQuery.all().withCurrency("usd"))).containsExactly(f.leadA, f.lost, f.hired);
        assertThat(deals(DealQuery.all().withOutcome(StageOutcome.OPEN))).containsExactly(f.leadA, f.appliedA);
        assertThat(deals(DealQuery.all().withOutcome(StageOutcome.WON))).containsExactly(f.wonB, f.hired);
        assertThat(deals(DealQuery.all().withOutcome(StageOutcome.LOST))).containsExactly(f.lost);
    }

    @Test
    void should_refuse_a_status_filter_that_is_the_stage_key_of_no_pipeline() {
        DealFixture f = new DealFixture();

        assertThatThrownBy(() -> deals(DealQuery.all().withStatus("nope")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("status")
                                .hasEntrySatisfying(
                                        "status",
                                        message -> assertThat(message)
                                                .startsWith(
                                                        "must be the key of a stage of a pipeline: lead, qualified,")
                                                .contains("hired")));
        assertThat(deals(DealQuery.all().inPipeline(f.sales.id()).withStatus("hired")))
                .as("a key of another pipeline matches nothing in this one")
                .isEmpty();
    }

    @Test
    void should_filter_deals_by_combined_fields() {
        DealFixture f = new DealFixture();

        assertThat(deals(DealQuery.all().inPipeline(f.sales.id()).withOutcome(StageOutcome.OPEN)))
                .containsExactly(f.leadA);
        assertThat(deals(DealQuery.all().inPipeline(f.hiring.id()).withStatus("hired")))
                .containsExactly(f.hired);
        assertThat(deals(DealQuery.all().inPipeline(f.hiring.id()).withStatus("won")))
                .isEmpty();
        assertThat(deals(DealQuery.all().withContact(f.ada.id()).withCurrency("JPY")))
                .containsExactly(f.appliedA);
        assertThat(deals(DealQuery.all()
                        .withCurrency("USD")
                        .withAmountBetween(new BigDecimal("200"), null)
                        .withOutcome(StageOutcome.WON)))
                .containsExactly(f.hired);
        assertThat(crm().deals()
                        .find(DealQuery.all().withCurrency("USD").withTotal().limit(1))
                        .total())
                .hasValue(3);
    }

    @Test
    void should_filter_tasks_by_every_field_alone() {
        TaskFixture f = new TaskFixture();
        LocalDate today = clock().today();

        assertThat(tasks(TaskQuery.all().withStatus(TaskStatus.TODO))).containsExactly(f.overdueTodo, f.undated);
        assertThat(tasks(TaskQuery.all().withStatuses(Set.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS))))
                .containsExactly(f.overdueTodo, f.upcoming, f.undated, f.overdueInProgress);
        assertThat(tasks(TaskQuery.all().withPriority(TaskPriority.URGENT)))
                .containsExactly(f.completed, f.overdueInProgress);
        assertThat(tasks(TaskQuery.all().withPriorities(Set.of(TaskPriority.LOW, TaskPriority.MEDIUM))))
                .containsExactly(f.upcoming, f.cancelled, f.undated);
        assertThat(tasks(TaskQuery.all().withContact(f.ada.id()))).containsExactly(f.overdueTodo, f.upcoming);
        assertThat(tasks(TaskQuery.all().withDeal(f.deal.id())))
                .containsExactly(f.overdueTodo, f.completed, f.overdueInProgress);
        assertThat(tasks(TaskQuery.all().dueBetween(null, today)))
                .containsExactly(f.overdueTodo, f.completed, f.cancelled, f.overdueInProgress);
        assertThat(tasks(TaskQuery.all().dueBetween(today.minusDays(2), null)))
                .containsExactly(f.upcoming, f.cancelled, f.overdueInProgress);
        assertThat(tasks(TaskQuery.all().dueBetween(today.minusDays(3), today)))
                .containsExactly(f.overdueTodo, f.cancelled, f.overdueInProgress);
        assertThat(tasks(TaskQuery.all().onlyOverdue())).containsExactly(f.overdueTodo, f.overdueInProgress);
    }

    @Test
    void should_filter_tasks_by_combined_fields() {
        TaskFixture f = new TaskFixture();

        assertThat(tasks(TaskQuery.all().onlyOverdue().withPriority(TaskPriority.URGENT)))
                .containsExactly(f.overdueInProgress);
        assertThat(tasks(TaskQuery.all().withContact(f.ada.id()).withStatus(TaskStatus.TODO)))
                .containsExactly(f.overdueTodo);
        assertThat(tasks(TaskQuery.all()
                        .withDeal(f.deal.id())
                        .withStatus(TaskStatus.COMPLETED)
                        .dueBetween(null, clock().today())))
                .containsExactly(f.completed);
        assertThat(crm().tasks()
                        .find(TaskQuery.all().onlyOverdue().withTotal().limit(1))
                        .total())
                .hasValue(2);
    }

    @Test
    void should_judge_overdue_by_the_clocks_current_day() {
        TaskFixture f = new TaskFixture();

        clock().advance(Duration.ofDays(10));

        assertThat(tasks(TaskQuery.all().onlyOverdue()))
                .containsExactly(f.overdueTodo, f.upcoming, f.overdueInProgress);
    }

    private List<Contact> contacts(ContactQuery query) {
        List<Contact> items = crm().contacts().find(query.withTotal()).items();
        assertThat(crm().contacts().find(query.withTotal()).total()).hasValue(items.size());
        return items;
    }

    private List<Deal> deals(DealQuery query) {
        var page = crm().deals().find(query.withTotal());
        assertThat(page.total()).hasValue(page.items().size());
        return page.items();
    }

    private List<Task> tasks(TaskQuery query) {
        var page = crm().tasks().find(query.withTotal());
        assertThat(page.total()).hasValue(page.items().size());
        return page.items();
    }

    /** Two pipelines, two contacts and deals spread over stages, contacts, amounts and currencies. */
    private final class DealFixture {
        final Pipeline sales = givenPipeline();
        final Pipeline hiring = crm().pipelines()
                .create(NewPipeline.of("Hiring")
                        .withStages(List.of(
                                Stage.of("applied", "Applied", 5, StageOutcome.OPEN),
                                Stage.of("hired", "Hired", 100, StageOutcome.WON))));
        final Contact ada = givenContact();
        final Contact bob = givenContact();
        final Deal leadA = deal(sales, "lead", ada, "100.00", "USD");
        final Deal wonB = deal(sales, "won", bob, "5000", "EUR");
        final Deal lost = deal(sales, "lost", null, "250", "USD");
        final Deal appliedA = deal(hiring, "applied", ada, "100", "JPY");
        final Deal hired = deal(hiring, "hired", null, "999.99", "USD");

        private Deal deal(Pipeline pipeline, String status, @Nullable Contact contact, String amount, String currency) {
            return crm().deals()
                    .create(NewDeal.builder(status + " deal")
                            .pipelineId(pipeline.id())
                            .status(status)
                            .contactId(contact == null ? null : contact.id())
                            .amount(amount)
                            .currency(currency)
                            .build());
        }
    }

    /** Tasks of every status and priority, due in the past, today's future and never. */
    private final class TaskFixture {
        final Contact ada = givenContact();
        final Contact bob = givenContact();
        final Deal deal = crm().deals()
                .create(NewDeal.builder("Deal").pipelineId(givenPipeline().id()).build());
        final LocalDate today = clock().today();
        final Task overdueTodo = task(TaskStatus.TODO, TaskPriority.HIGH, ada, deal, today.minusDays(2));
        final Task upcoming = task(TaskStatus.IN_PROGRESS, TaskPriority.LOW, ada, null, today.plusDays(5));
        final Task completed = task(TaskStatus.COMPLETED, TaskPriority.URGENT, bob, deal, today.minusDays(10));
        final Task cancelled = task(TaskStatus.CANCELLED, TaskPriority.MEDIUM, null, null, today.minusDays(1));
        final Task undated = task(TaskStatus.TODO, TaskPriority.MEDIUM, bob, null, null);
        final Task overdueInProgress =
                task(TaskStatus.IN_PROGRESS, TaskPriority.URGENT, null, deal, today.minusDays(1));

        private Task task(
                TaskStatus status,
                TaskPriority priority,
                @Nullable Contact contact,
                @Nullable Deal about,
                @Nullable LocalDate due) {
            return crm().tasks()
                    .create(NewTask.builder(status.key() + " " + priority.key())
                            .status(status)
                            .priority(priority)
                            .contactId(contact == null ? null : contact.id())
                            .dealId(about == null ? null : about.id())
                            .dueDate(due)
                            .build());
        }
    }
}
