package dev.crmkit.jpa;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every main repository operation runs a fixed, small number of SQL statements, counted by
 * Hibernate's statistics: no N+1 (a page of pipelines loads all their stages with one more
 * query), no re-select before an update of a record this unit of work already read, and a count
 * only when a total is asked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

    private IsolatedDatabase database;
    private JpaCrmStorage storage;
    private Statistics statistics;

    @BeforeAll
    void start() {
        database = TestDatabase.H2.open();
        CrmSchema.migrate(database.dataSource());
        storage = JpaCrmStorage.create(database.dataSource());
        statistics = storage.sessionFactory().getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterAll
    void stop() {
        storage.close();
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        inWork(work -> {
            for (Task task :
                    work.tasks().find(TaskQuery.all().limit(500), LocalDate.MIN).items()) {
                work.tasks().deleteById(task.id());
            }
            for (Deal deal : work.deals().find(DealQuery.all().limit(500)).items()) {
                work.deals().deleteById(deal.id());
            }
            for (Pipeline pipeline :
                    work.pipelines().find(PipelineQuery.all().limit(500)).items()) {
                work.pipelines().deleteById(pipeline.id());
            }
            for (Contact contact :
                    work.contacts().find(ContactQuery.all().limit(500)).items()) {
                work.contacts().deleteById(contact.id());
            }
        });
    }

    @Test
    void should_read_a_contact_with_one_statement_and_reread_it_with_none() {
        long id = insertContact("a@example.com").id();

        assertThat(statements(work -> work.contacts().getById(id))).isEqualTo(1);
        assertThat(statements(work -> {
                    work.contacts().getById(id);
                    work.contacts().getById(id);
                }))
                .isEqualTo(1);
    }

    @Test
    void should_insert_update_and_delete_a_contact_with_one_statement_each() {
        assertThat(statements(work -> work.contacts().insert(newContact("b@example.com"))))
                .isEqualTo(1);
        long id = insertContact("c@example.com").id();

        assertThat(statements(work -> {
                    Contact read = work.contacts().getById(id);
                    statistics.clear();
                    work.contacts()
                            .update(ContactUpdate.builder().phone("1").build().applyTo(read, NOW));
                    assertThat(statistics.getPrepareStatementCount())
                            .as("update after a read")
                            .isEqualTo(1);
                }))
                .isEqualTo(1);
        assertThat(statements(work -> work.contacts().deleteById(id))).isEqualTo(1);
    }

    @Test
    void should_update_a_record_not_read_before_with_one_select_and_one_update() {
        Contact contact = insertContact("d@example.com");

        assertThat(statements(work -> work.contacts()
                        .update(ContactUpdate.builder().phone("2").build().applyTo(contact, NOW))))
                .isEqualTo(2);
    }

    @Test
    void should_page_with_one_query_and_count_only_when_asked() {
        for (int i = 0; i < 5; i++) {
            insertContact("p" + i + "@example.com");
        }
        ContactQuery byName = ContactQuery.all()
                .sortedBy(ContactSort.LAST_NAME, SortDirection.ASC)
                .limit(2);
        String cursor =
                inWorkGet(work -> work.contacts().find(byName)).nextCursor().orElseThrow();

        assertThat(statements(work -> work.contacts().find(byName))).isEqualTo(1);
        assertThat(statements(work -> work.contacts().find(byName.after(cursor))))
                .isEqualTo(1);
        assertThat(statements(work -> work.contacts().find(byName.withTotal()))).isEqualTo(2);
        assertThat(statements(work -> work.contacts().find(byName.withText("ada"))))
                .isEqualTo(1);
    }

    @Test
    void should_read_insert_and_page_pipelines_with_their_stages_without_n_plus_one() {
        long id = insertPipeline("Sales").id();
        insertPipeline("Hiring");
        insertPipeline("Support");

        assertThat(statements(work -> work.pipelines().getById(id)))
                .as("pipeline with its stages")
                .isEqualTo(1);
        assertThat(statements(work -> work.pipelines().insert(pipeline("Ops"))))
                .as("pipeline row + one batch of stage rows")
                .isEqualTo(2);
        assertThat(statements(work -> assertThat(
                                work.pipelines().find(PipelineQuery.all()).items())
                        .hasSize(4)
                        .allSatisfy(p -> assertThat(p.stages()).hasSize(6))))
                .as("a page of four pipelines and all their stages")
                .isEqualTo(2);
    }

    @Test
    void should_rewrite_only_the_changed_stages_of_a_pipeline_already_read() {
        long id = insertPipeline("Sales").id();
        List<Stage> stages = List.of(
                Stage.of("lead", "Lead", 10, StageOutcome.OPEN),
                Stage.of("qualified", "Qualified!", 30, StageOutcome.OPEN),
                Stage.of("demo", "Demo", 60, StageOutcome.OPEN),
                Stage.of("won", "Won", 100, StageOutcome.WON));

        assertThat(statements(work -> {
                    Pipeline read = work.pipelines().getById(id);
                    statistics.clear();
                    work.pipelines()
                            .update(PipelineUpdate.builder()
                                    .stages(stages)
                                    .build()
                                    .applyTo(read, NOW));
                }))
                .as("pipeline row, deleted stages, changed stages, new stage")
                .isEqualTo(4);
        assertThat(statements(work -> {
                    Pipeline read = work.pipelines().getById(id);
                    statistics.clear();
                    work.pipelines()
                            .update(PipelineUpdate.builder()
                                    .name("Renamed")
                                    .build()
                                    .applyTo(read, NOW));
                }))
                .as("rename only")
                .isEqualTo(1);
        assertThat(statements(work -> work.pipelines().deleteById(id))).isEqualTo(1);
    }

    @Test
    void should_total_a_pipeline_per_stage_and_currency_with_one_query() {
        long id = insertPipeline("Sales").id();
        inWork(work -> {
            work.deals().insert(deal(id, "lead", "10.00", "USD"));
            work.deals().insert(deal(id, "lead", "5", "JPY"));
            work.deals().insert(deal(id, "won", "7.50", "USD"));
        });

        assertThat(statements(
                        work -> assertThat(work.pipelines().stageTotals(id)).hasSize(3)))
                .isEqualTo(1);
    }

    @Test
    void should_read_write_and_filter_deals_and_tasks_with_one_statement_each() {
        long pipelineId = insertPipeline("Sales").id();
        Deal deal = inWorkGet(work -> work.deals().insert(deal(pipelineId, "lead", "10.00", "USD")));
        Task task = inWorkGet(work -> work.tasks().insert(task(deal.id())));

        assertThat(statements(work -> work.deals().insert(deal(pipelineId, "won", "1.00", "EUR"))))
                .isEqualTo(1);
        assertThat(statements(work -> work.deals().getById(deal.id()))).isEqualTo(1);
        assertThat(statements(work -> work.deals()
                        .find(DealQuery.all()
                                .inPipeline(pipelineId)
                                .withOutcome(StageOutcome.OPEN)
                                .withCurrency("USD"))))
                .isEqualTo(1);
        assertThat(statements(work -> work.tasks().insert(task(deal.id())))).isEqualTo(1);
        assertThat(statements(work -> work.tasks().getById(task.id()))).isEqualTo(1);
        assertThat(statements(work -> work.tasks()
                        .find(
                                TaskQuery.all().onlyOverdue().withPriority(TaskPriority.HIGH),
                                LocalDate.ofInstant(NOW, ZoneOffset.UTC))))
                .isEqualTo(1);
        assertThat(statements(work -> work.tasks().deleteById(task.id()))).isEqualTo(1);
        assertThat(statements(work -> work.deals().deleteById(deal.id()))).isEqualTo(1);
    }

    /** The statements a unit of work runs, commit included. */
    private long statements(Consumer<UnitOfWork> operation) {
        statistics.clear();
        inWork(operation);
        return statistics.getPrepareStatementCount();
    }

    private void inWork(Consumer<UnitOfWork> operation) {
        try (UnitOfWork work = storage.begin()) {
            operation.accept(work);
            work.commit();
        }
    }

    private <T> T inWorkGet(Function<UnitOfWork, T> operation) {
        try (UnitOfWork work = storage.begin()) {
            T result = operation.apply(work);
            work.commit();
            return result;
        }
    }

    private Contact insertContact(String email) {
        return inWorkGet(work -> work.contacts().insert(newContact(email)));
    }

    private Pipeline insertPipeline(String name) {
        return inWorkGet(work -> work.pipelines().insert(pipeline(name)));
    }

    private static Contact newContact(String email) {
        var command = aContact().withEmail(email).build();
        return new Contact(
                0, command.firstName(), command.lastName(), command.email(), null, null, null, null, NOW, NOW, 0);
    }

    private static Pipeline pipeline(String name) {
        return new Pipeline(0, name, null, NewPipeline.of(name).stages(), NOW, NOW, 0);
    }

    private static Deal deal(long pipelineId, String status, String amount, String currency) {
        return new Deal(
                0, "Deal", null, Money.of(amount, currency), pipelineId, status, null, null, null, null, NOW, NOW, 0);
    }

    private static Task task(long dealId) {
        return new Task(
                0,
                "Task",
                null,
                TaskPriority.HIGH,
                TaskStatus.TODO,
                null,
                dealId,
                LocalDate.of(2026, 3, 1),
                null,
                NOW,
                NOW,
                0);
    }
}
