package dev.crmkit.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.mybatis.testing.SpyDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How many statements each repository operation sends: a fixed number, whatever the data (no N+1).
 * Counted below MyBatis, on the connection. The statements are the same on every database, so H2
 * stands for all three.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

    private IsolatedDatabase database;
    private SpyDataSource spy;
    private CrmStorage storage;

    @BeforeAll
    void openDatabase() {
        database = TestDatabase.H2.open();
        CrmSchema.migrate(database.dataSource());
        spy = new SpyDataSource(database.dataSource());
        storage = MyBatisCrmStorage.create(spy);
    }

    @AfterAll
    void closeDatabase() {
        storage.close();
        database.close();
    }

    @BeforeEach
    void emptyTables() {
        inWork(work -> {
            work.tasks()
                    .find(TaskQuery.all().limit(500), LocalDate.EPOCH)
                    .items()
                    .forEach(t -> work.tasks().deleteById(t.id()));
            work.deals()
                    .find(DealQuery.all().limit(500))
                    .items()
                    .forEach(d -> work.deals().deleteById(d.id()));
            work.pipelines()
                    .find(PipelineQuery.all().limit(500))
                    .items()
                    .forEach(p -> work.pipelines().deleteById(p.id()));
            work.contacts()
                    .find(ContactQuery.all().limit(500))
                    .items()
                    .forEach(c -> work.contacts().deleteById(c.id()));
            return null;
        });
    }

    @Test
    void should_send_one_statement_per_contact_operation_and_one_more_for_a_total() {
        Contact contact = inWork(work -> work.contacts().insert(aContact("ada@example.com")));

        assertThat(statementsOf(work -> work.contacts().insert(aContact("grace@example.com"))))
                .hasSize(1);
        assertThat(statementsOf(work -> work.contacts().findById(contact.id()))).hasSize(1);
        assertThat(statementsOf(work -> work.contacts().findByEmail("ada@example.com")))
                .hasSize(1);
        assertThat(statementsOf(work -> work.contacts().existsById(contact.id())))
                .hasSize(1);
        assertThat(statementsOf(work -> work.contacts().update(contact))).hasSize(1);
        assertThat(statementsOf(work -> work.contacts().find(ContactQuery.all().withText("a"))))
                .hasSize(1);
        assertThat(statementsOf(work ->
                        work.contacts().find(ContactQuery.all().withText("a").withTotal())))
                .hasSize(2);
        assertThat(statementsOf(work -> work.contacts().deleteById(contact.id())))
                .hasSize(1);
    }

    @Test
    void should_check_existence_only_when_a_versioned_update_changes_no_row() {
        Contact contact = inWork(work -> work.contacts().insert(aContact("ada@example.com")));
        inWork(work -> work.contacts().update(contact));

        assertThat(statementsOf(work -> {
                    assertThatThrownBy(() -> work.contacts().update(contact)).isInstanceOf(StaleVersionException.class);
                    return null;
                }))
                .hasSize(2);
    }

    @Test
    void should_continue_after_a_cursor_in_one_statement() {
        inWork(work -> {
            for (int i = 0; i < 5; i++) {
                work.contacts().insert(aContact("c" + i + "@example.com"));
            }
            return null;
        });
        ContactQuery byName = ContactQuery.all()
                .sortedBy(ContactSort.COMPANY, SortDirection.DESC)
                .limit(2);
        Page<Contact> first = inWork(work -> work.contacts().find(byName));

        assertThat(statementsOf(work ->
                        work.contacts().find(byName.after(first.nextCursor().orElseThrow()))))
                .hasSize(1);
    }

    @Test
    void should_read_a_page_of_pipelines_with_all_their_stages_in_two_statements() {
        inWork(work -> {
            for (int i = 0; i < 4; i++) {
                work.pipelines().insert(aPipeline("Sales " + i));
            }
            return null;
        });

        List<String> statements = statementsOf(work -> {
            assertThat(work.pipelines().find(PipelineQuery.all()).items())
                    .hasSize(4)
                    .allSatisfy(pipeline -> assertThat(pipeline.stages()).hasSize(6));
            return null;
        });

        assertThat(statements).hasSize(2);
        assertThat(statementsOf(
                        work -> work.pipelines().find(PipelineQuery.all().withTotal())))
                .hasSize(3);
    }

    @Test
    void should_send_a_fixed_number_of_statements_per_pipeline_operation() {
        Pipeline pipeline = inWork(work -> work.pipelines().insert(aPipeline("Sales")));
        Pipeline fewerStages = withStages(pipeline, pipeline.stages().subList(0, 2));

        assertThat(statementsOf(work -> work.pipelines().insert(aPipeline("Hiring"))))
                .hasSize(2);
        assertThat(statementsOf(work -> work.pipelines().findById(pipeline.id())))
                .hasSize(1);
        assertThat(statementsOf(work -> work.pipelines().existsById(pipeline.id())))
                .hasSize(1);
        assertThat(statementsOf(work -> work.pipelines().update(fewerStages))).hasSize(3);
        assertThat(statementsOf(work -> work.pipelines().stageTotals(pipeline.id())))
                .hasSize(1);
        assertThat(statementsOf(
                        work -> work.pipelines().find(PipelineQuery.all().limit(1))))
                .hasSize(2);
        assertThat(statementsOf(work -> work.pipelines().deleteById(pipeline.id())))
                .hasSize(1);
    }

    @Test
    void should_read_an_empty_page_of_pipelines_in_one_statement() {
        assertThat(statementsOf(work -> work.pipelines().find(PipelineQuery.all())))
                .hasSize(1);
    }

    @Test
    void should_send_one_statement_per_deal_operation() {
        Pipeline pipeline = inWork(work -> work.pipelines().insert(aPipeline("Sales")));
        Deal deal = inWork(work -> work.deals().insert(aDeal(pipeline.id())));

        assertThat(statementsOf(work -> work.deals().insert(aDeal(pipeline.id()))))
                .hasSize(1);
        assertThat(statementsOf(work -> work.deals().findById(deal.id()))).hasSize(1);
        assertThat(statementsOf(work -> work.deals().existsById(deal.id()))).hasSize(1);
        assertThat(statementsOf(work -> work.deals().update(deal))).hasSize(1);
        assertThat(statementsOf(work -> work.deals().find(DealQuery.all().withOutcome(StageOutcome.OPEN))))
                .hasSize(1);
        assertThat(statementsOf(work -> work.deals().find(DealQuery.all().withTotal())))
                .hasSize(2);
        assertThat(statementsOf(work -> work.deals().deleteById(deal.id()))).hasSize(1);
    }

    @Test
    void should_send_one_statement_per_task_operation() {
        Task task = inWork(work -> work.tasks().insert(aTask()));

        assertThat(statementsOf(work -> work.tasks().insert(aTask()))).hasSize(1);
        assertThat(statementsOf(work -> work.tasks().findById(task.id()))).hasSize(1);
        assertThat(statementsOf(work -> work.tasks().existsById(task.id()))).hasSize(1);
        assertThat(statementsOf(work -> work.tasks().update(task))).hasSize(1);
        assertThat(statementsOf(work -> work.tasks().find(TaskQuery.all().onlyOverdue(), LocalDate.of(2026, 3, 2))))
                .hasSize(1);
        assertThat(statementsOf(work -> work.tasks().find(TaskQuery.all().withTotal(), LocalDate.of(2026, 3, 2))))
                .hasSize(2);
        assertThat(statementsOf(work -> work.tasks().deleteById(task.id()))).hasSize(1);
    }

    @Test
    void should_add_only_the_reads_a_rule_needs_when_called_through_the_services() {
        Crm crm = Crm.builder().storage(storage).build();
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Sales"));

        spy.reset();
        Contact contact = crm.contacts().create(NewContact.of("Ada", "Lovelace", "ada@example.com"));
        assertThat(spy.statements())
                .as("is the email free? the custom field definitions (a required one refuses a create without it),"
                        + " insert, its audit row")
                .hasSize(4);

        spy.reset();
        crm.deals()
                .create(NewDeal.builder("Deal")
                        .pipelineId(pipeline.id())
                        .contactId(contact.id())
                        .build());
        assertThat(spy.statements())
                .as("lock the pipeline, the pipeline with its stages, lock the contact, the custom field definitions,"
                        + " insert, its first stage change, its audit row")
                .hasSize(7);

        Task task = crm.tasks().create(NewTask.builder("Call").build());
        spy.reset();
        crm.tasks()
                .update(
                        task.id(),
                        TaskUpdate.builder().status(TaskStatus.COMPLETED).build());
        assertThat(spy.statements()).as("read, write, its audit row").hasSize(3);
    }

    /** The statements {@code operation} sends, in a unit of work of its own that is committed. */
    private List<String> statementsOf(Function<UnitOfWork, ?> operation) {
        try (UnitOfWork work = storage.begin()) {
            spy.reset();
            operation.apply(work);
            List<String> statements = spy.statements();
            work.commit();
            return statements;
        }
    }

    private <T> T inWork(Function<UnitOfWork, T> operation) {
        try (UnitOfWork work = storage.begin()) {
            T result = operation.apply(work);
            work.commit();
            return result;
        }
    }

    private static Contact aContact(String email) {
        return new Contact(0, "Ada", "Lovelace", email, null, "Analytical", null, null, NOW, NOW, 0);
    }

    private static Pipeline aPipeline(String name) {
        return new Pipeline(0, name, null, Stage.defaults(), NOW, NOW, 0);
    }

    private static Pipeline withStages(Pipeline pipeline, List<Stage> stages) {
        return new Pipeline(
                pipeline.id(),
                pipeline.name(),
                pipeline.description(),
                stages,
                pipeline.createdAt(),
                pipeline.updatedAt(),
                pipeline.version());
    }

    private static Deal aDeal(long pipelineId) {
        return new Deal(
                0, "Deal", null, Money.of("10.00", "EUR"), pipelineId, "lead", null, null, null, null, NOW, NOW, 0);
    }

    private static Task aTask() {
        return new Task(
                0,
                "Call",
                null,
                TaskPriority.HIGH,
                TaskStatus.TODO,
                null,
                null,
                LocalDate.of(2026, 3, 1),
                null,
                NOW,
                NOW,
                0);
    }
}
