package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskSort;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keyset pagination of every aggregate, for every sort field in both directions: no row skipped
 * or repeated while rows are inserted between page fetches, ties broken by id, rows without a
 * value last ascending and first descending, and totals when asked. Sort values repeat on
 * purpose, and timestamps differ by single microseconds, so page boundaries fall inside ties.
 */
public abstract class PagingContract extends ContractTest {

    private static final int LIMIT = 3;
    private static final int ROWS = 8;
    private static final int GAPS_WITH_INSERTS = 2;

    private static final String[] NAMES = {"Miller", "Adams", "Miller", "Zed", "Brown", "Adams", "Miller", "Cole"};
    private static final String[] COMPANIES = {"Acme", null, "Beta", "Acme", null, "Zeta", "Beta", null};
    private static final String[] EMAIL_PREFIXES = {"k", "b", "x", "b", "a", "q", "b", "m"};
    private static final String[] AMOUNTS = {"100", "5", "100", "2500.50", "0", "100", "42", "7.25"};
    private static final TaskPriority[] PRIORITIES = {
        TaskPriority.HIGH,
        TaskPriority.LOW,
        TaskPriority.HIGH,
        TaskPriority.URGENT,
        TaskPriority.MEDIUM,
        TaskPriority.LOW,
        TaskPriority.HIGH,
        TaskPriority.MEDIUM
    };
    private static final LocalDate[] DATES = {
        LocalDate.of(2026, 5, 1),
        null,
        LocalDate.of(2026, 4, 1),
        LocalDate.of(2026, 5, 1),
        null,
        LocalDate.of(2027, 1, 31),
        LocalDate.of(2026, 4, 1),
        null
    };

    static Stream<Arguments> contactSorts() {
        return everyDirection(ContactSort.values());
    }

    static Stream<Arguments> pipelineSorts() {
        return everyDirection(PipelineSort.values());
    }

    static Stream<Arguments> dealSorts() {
        return everyDirection(DealSort.values());
    }

    static Stream<Arguments> taskSorts() {
        return everyDirection(TaskSort.values());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("contactSorts")
    void should_page_contacts_without_skipping_or_repeating(ContactSort sort, SortDirection direction) {
        KeysetWalk<Contact> walk = new KeysetWalk<>(sort, direction);
        for (int i = 0; i < ROWS; i++) {
            walk.given(contact(i, NAMES[i], COMPANIES[i], EMAIL_PREFIXES[i], at(i)));
        }

        walk.walk(
                cursor -> crm().contacts()
                        .find(ContactQuery.all()
                                .sortedBy(sort, direction)
                                .limit(LIMIT)
                                .withTotal()
                                .after(cursor)),
                () -> List.of(contact(90, "Aaron", "Aaa", "a", early()), contact(91, "Zz", null, "zz", late())),
                GAPS_WITH_INSERTS);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pipelineSorts")
    void should_page_pipelines_without_skipping_or_repeating(PipelineSort sort, SortDirection direction) {
        KeysetWalk<Pipeline> walk = new KeysetWalk<>(sort, direction);
        for (int i = 0; i < ROWS; i++) {
            walk.given(pipeline(NAMES[i], at(i)));
        }

        walk.walk(
                cursor -> crm().pipelines()
                        .find(PipelineQuery.all()
                                .sortedBy(sort, direction)
                                .limit(LIMIT)
                                .withTotal()
                                .after(cursor)),
                () -> List.of(pipeline("Aaron", early()), pipeline("Zz", late())),
                GAPS_WITH_INSERTS);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dealSorts")
    void should_page_deals_without_skipping_or_repeating(DealSort sort, SortDirection direction) {
        long pipelineId = givenPipeline().id();
        KeysetWalk<Deal> walk = new KeysetWalk<>(sort, direction);
        for (int i = 0; i < ROWS; i++) {
            walk.given(deal(pipelineId, NAMES[i], AMOUNTS[i], DATES[i], at(i)));
        }

        walk.walk(
                cursor -> crm().deals()
                        .find(DealQuery.all()
                                .sortedBy(sort, direction)
                                .limit(LIMIT)
                                .withTotal()
                                .after(cursor)),
                () -> List.of(
                        deal(pipelineId, "Aaron", "0", LocalDate.of(2000, 1, 1), early()),
                        deal(pipelineId, "Zz", "999999999.99", null, late())),
                GAPS_WITH_INSERTS);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("taskSorts")
    void should_page_tasks_without_skipping_or_repeating(TaskSort sort, SortDirection direction) {
        KeysetWalk<Task> walk = new KeysetWalk<>(sort, direction);
        for (int i = 0; i < ROWS; i++) {
            walk.given(task(NAMES[i], PRIORITIES[i], DATES[i], at(i)));
        }

        walk.walk(
                cursor -> crm().tasks()
                        .find(TaskQuery.all()
                                .sortedBy(sort, direction)
                                .limit(LIMIT)
                                .withTotal()
                                .after(cursor)),
                () -> List.of(
                        task("Aaron", TaskPriority.LOW, LocalDate.of(2000, 1, 1), early()),
                        task("Zz", TaskPriority.URGENT, null, late())),
                GAPS_WITH_INSERTS);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("contactSorts")
    void should_count_only_when_asked_and_end_on_a_full_last_page(ContactSort sort, SortDirection direction) {
        for (int i = 0; i < 2 * LIMIT; i++) {
            contact(i, NAMES[i], COMPANIES[i], EMAIL_PREFIXES[i], at(i));
        }

        Page<Contact> first = crm().contacts()
                .find(ContactQuery.all().sortedBy(sort, direction).limit(LIMIT));
        Page<Contact> second = crm().contacts()
                .find(ContactQuery.all()
                        .sortedBy(sort, direction)
                        .limit(LIMIT)
                        .after(first.nextCursor().orElseThrow())
                        .withTotal());

        assertThat(first.total()).isEmpty();
        assertThat(first.items()).hasSize(LIMIT);
        assertThat(second.items()).hasSize(LIMIT).doesNotContainAnyElementsOf(first.items());
        assertThat(second.hasNext()).isFalse();
        assertThat(second.total()).hasValue(2 * LIMIT);
    }

    private Contact contact(int n, String lastName, @Nullable String company, String emailPrefix, Instant at) {
        clock().set(at);
        return crm().contacts()
                .create(aContact()
                        .withLastName(lastName)
                        .withCompany(company)
                        .withEmail(emailPrefix + n + "." + TestData.nextNumber() + "@example.com")
                        .build());
    }

    private Pipeline pipeline(String name, Instant at) {
        clock().set(at);
        return crm().pipelines().create(NewPipeline.of(name));
    }

    private Deal deal(long pipelineId, String title, String amount, @Nullable LocalDate closeDate, Instant at) {
        clock().set(at);
        return crm().deals()
                .create(NewDeal.builder(title)
                        .pipelineId(pipelineId)
                        .amount(amount)
                        .currency("EUR")
                        .expectedCloseDate(closeDate)
                        .build());
    }

    private Task task(String title, TaskPriority priority, @Nullable LocalDate dueDate, Instant at) {
        clock().set(at);
        return crm().tasks()
                .create(NewTask.builder(title)
                        .priority(priority)
                        .dueDate(dueDate)
                        .build());
    }

    /** Three distinct instants a microsecond apart, so timestamp sorts have ties and fine steps. */
    private Instant at(int i) {
        return start().plus(Duration.ofNanos(1_000L * (i % 3)));
    }

    private Instant early() {
        return start().minus(Duration.ofDays(1));
    }

    private Instant late() {
        return start().plus(Duration.ofDays(1));
    }

    private static Instant start() {
        return Instant.parse("2026-03-02T09:00:00.123456Z");
    }

    private static Stream<Arguments> everyDirection(Object[] sorts) {
        return Arrays.stream(sorts)
                .flatMap(sort -> Arrays.stream(SortDirection.values()).map(direction -> Arguments.of(sort, direction)));
    }
}
