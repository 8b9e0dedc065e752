package dev.crmkit.examples.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.contract.StorageFactory;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineUpdate;
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
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.core.task.TaskUpdate;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One database, two adapters: what one writes, the other reads, pages, updates and deletes, with
 * versions carrying over — in both directions, on every database. This is what lets a host switch
 * adapter without migrating data.
 */
@ParameterizedClass(name = "{1} writes, {2} reads, on {0}")
@MethodSource("writerAndReaderOnEveryDatabase")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterchangeTest {

    enum Adapter {
        JPA(JpaCrmStorage::create),
        MYBATIS(MyBatisCrmStorage::create);

        private final StorageFactory factory;

        Adapter(StorageFactory factory) {
            this.factory = factory;
        }
    }

    private static final String[] TABLES_CHILD_FIRST = {
        "crm_task", "crm_deal", "crm_pipeline_stage", "crm_pipeline", "crm_contact", "crm_company"
    };

    @Parameter(0)
    private TestDatabase kind;

    @Parameter(1)
    private Adapter writerAdapter;

    @Parameter(2)
    private Adapter readerAdapter;

    private IsolatedDatabase database;
    private CrmStorage writerStorage;
    private CrmStorage readerStorage;
    private final MutableClock clock = MutableClock.atDefaultStart();
    private Crm writer;
    private Crm reader;

    static Stream<Arguments> writerAndReaderOnEveryDatabase() {
        return Stream.of(TestDatabase.values())
                .flatMap(kind -> Stream.of(
                        Arguments.of(kind, Adapter.JPA, Adapter.MYBATIS),
                        Arguments.of(kind, Adapter.MYBATIS, Adapter.JPA)));
    }

    @BeforeParameterizedClassInvocation
    void openDatabase() {
        database = kind.open();
        CrmSchema.migrate(database.dataSource());
        writerStorage = writerAdapter.factory.create(database.dataSource());
        readerStorage = readerAdapter.factory.create(database.dataSource());
        writer = Crm.builder().storage(writerStorage).clock(clock).build();
        reader = Crm.builder().storage(readerStorage).clock(clock).build();
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() {
        writer.close();
        reader.close();
        database.close();
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES_CHILD_FIRST) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Test
    void should_read_a_company_and_its_links_the_other_adapter_wrote() {
        Company company = writer.companies()
                .create(new NewCompany(
                        "Ørsted 😀 Co",
                        "https://www.Orsted.example/",
                        "Energy",
                        "51-200",
                        "+45 1",
                        "Street 1\nCity",
                        "N"));
        Contact contact = writer.contacts()
                .create(NewContact.of("Zoë", "Ø", "zoe.co@example.com").withCompanyId(company.id()));
        Pipeline pipeline = writer.pipelines().create(NewPipeline.of("Company deals"));
        Deal deal = writer.deals()
                .create(NewDeal.builder("Wind")
                        .pipelineId(pipeline.id())
                        .companyId(company.id())
                        .build());

        assertThat(reader.companies().getById(company.id())).isEqualTo(company);
        assertThat(reader.contacts().getById(contact.id()).companyId()).isEqualTo(company.id());
        assertThat(reader.deals().getById(deal.id())).isEqualTo(deal);

        reader.companies().deleteById(company.id());

        assertThat(writer.contacts().getById(contact.id()).companyId()).isNull();
        assertThat(writer.deals().getById(deal.id()).companyId()).isNull();
    }

    @Test
    void should_read_every_field_the_other_adapter_wrote() {
        Contact contact = writer.contacts()
                .create(new NewContact(
                        "Zoë",
                        "Ørsted 😀",
                        "zoe@example.com",
                        "+45 1234",
                        "100% Juice_Co!",
                        "Chief",
                        "Notes\nover two lines"));
        Pipeline pipeline = writer.pipelines()
                .create(NewPipeline.of("Hiring")
                        .withStages(List.of(
                                Stage.of("applied", "Applied", 5, StageOutcome.OPEN),
                                Stage.of("hired", "Hired", 100, StageOutcome.WON),
                                Stage.of("rejected", "Rejected", 0, StageOutcome.LOST))));
        Deal deal = writer.deals()
                .create(NewDeal.builder("Contract 合同")
                        .description("Three years")
                        .amount("10.001")
                        .currency("KWD")
                        .pipelineId(pipeline.id())
                        .contactId(contact.id())
                        .expectedCloseDate(LocalDate.of(1899, 12, 31))
                        .build());
        clock.advance(Duration.ofMinutes(90).plusNanos(1_234_567));
        Deal lost = writer.deals().moveToStage(deal.id(), "rejected", "Went elsewhere");
        Task task = writer.tasks()
                .create(NewTask.builder("Call back")
                        .description("About the contract")
                        .priority(TaskPriority.URGENT)
                        .status(TaskStatus.COMPLETED)
                        .contactId(contact.id())
                        .dealId(deal.id())
                        .dueDate(LocalDate.of(2026, 3, 1))
                        .build());

        assertThat(reader.contacts().getById(contact.id())).isEqualTo(contact);
        assertThat(reader.pipelines().getById(pipeline.id())).isEqualTo(pipeline);
        assertThat(reader.deals().getById(deal.id())).isEqualTo(lost);
        assertThat(lost.closedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(reader.tasks().getById(task.id())).isEqualTo(task);
        assertThat(reader.pipelines().summary(pipeline.id()))
                .isEqualTo(writer.pipelines().summary(pipeline.id()));
        assertThat(reader.contacts().findByEmail("ZOE@example.com")).contains(contact);
    }

    @Test
    void should_page_what_the_other_adapter_wrote_in_the_same_order_and_continue_its_cursors() {
        Pipeline pipeline = writer.pipelines().create(NewPipeline.of("Sales"));
        String[] lastNames = {"Hopper", "Lovelace", "hopper", "Hopper", "Øre", "Hopper Smith", "Hopper-Smith"};
        String[] companies = {"Acme", null, "Acme", "acme", null, "Zürich", "Acme"};
        for (int i = 0; i < lastNames.length; i++) {
            Contact contact = writer.contacts()
                    .create(new NewContact(
                            "Ada", lastNames[i], "ada" + i + "@example.com", null, companies[i], null, null));
            writer.deals()
                    .create(NewDeal.builder("Deal " + (i % 3))
                            .pipelineId(pipeline.id())
                            .contactId(contact.id())
                            .amount(String.valueOf(100 * (i % 4)))
                            .expectedCloseDate(i % 2 == 0 ? null : LocalDate.of(2026, 4, i))
                            .build());
            writer.tasks()
                    .create(NewTask.builder("Task " + (i % 2))
                            .priority(TaskPriority.values()[i % 4])
                            .dueDate(i % 3 == 0 ? null : LocalDate.of(2026, 3, i))
                            .build());
            clock.advance(Duration.ofSeconds(i % 2));
        }

        for (SortDirection direction : SortDirection.values()) {
            for (ContactSort sort : ContactSort.values()) {
                ContactQuery query =
                        ContactQuery.all().sortedBy(sort, direction).limit(2).withTotal();
                assertSamePages(
                        cursor -> writer.contacts().find(query.after(cursor)),
                        cursor -> reader.contacts().find(query.after(cursor)));
            }
            for (DealSort sort : DealSort.values()) {
                DealQuery query = DealQuery.all().sortedBy(sort, direction).limit(3);
                assertSamePages(
                        cursor -> writer.deals().find(query.after(cursor)),
                        cursor -> reader.deals().find(query.after(cursor)));
            }
            for (TaskSort sort : TaskSort.values()) {
                TaskQuery query = TaskQuery.all().sortedBy(sort, direction).limit(2);
                assertSamePages(
                        cursor -> writer.tasks().find(query.after(cursor)),
                        cursor -> reader.tasks().find(query.after(cursor)));
            }
        }
    }

    @Test
    void should_carry_versions_over_and_refuse_an_update_based_on_a_version_the_other_adapter_replaced() {
        Contact contact = writer.contacts().create(NewContact.of("Ada", "Lovelace", "ada@example.com"));
        Pipeline pipeline = writer.pipelines().create(NewPipeline.of("Sales"));
        Deal deal = writer.deals()
                .create(NewDeal.builder("Deal").pipelineId(pipeline.id()).build());
        Task task = writer.tasks().create(NewTask.builder("Task").build());

        assertThat(reader.contacts()
                        .update(
                                contact.id(),
                                ContactUpdate.builder()
                                        .phone("1")
                                        .expectedVersion(0)
                                        .build())
                        .version())
                .isEqualTo(1);
        assertThat(reader.pipelines()
                        .update(
                                pipeline.id(),
                                PipelineUpdate.builder()
                                        .name("Renamed")
                                        .expectedVersion(0)
                                        .build())
                        .version())
                .isEqualTo(1);
        assertThat(reader.deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder()
                                        .status("won")
                                        .expectedVersion(0)
                                        .build())
                        .version())
                .isEqualTo(1);
        assertThat(reader.tasks()
                        .update(
                                task.id(),
                                TaskUpdate.builder()
                                        .status(TaskStatus.IN_PROGRESS)
                                        .expectedVersion(0)
                                        .build())
                        .version())
                .isEqualTo(1);

        assertThatThrownBy(() -> writer.contacts()
                        .update(
                                contact.id(),
                                ContactUpdate.builder()
                                        .phone("2")
                                        .expectedVersion(0)
                                        .build()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> writer.pipelines()
                        .update(
                                pipeline.id(),
                                PipelineUpdate.builder()
                                        .name("Again")
                                        .expectedVersion(0)
                                        .build()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> writer.deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder()
                                        .status("lead")
                                        .expectedVersion(0)
                                        .build()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> writer.tasks()
                        .update(
                                task.id(),
                                TaskUpdate.builder()
                                        .status(TaskStatus.TODO)
                                        .expectedVersion(0)
                                        .build()))
                .isInstanceOf(StaleVersionException.class);

        Contact again = writer.contacts()
                .update(
                        contact.id(),
                        ContactUpdate.builder().phone("2").expectedVersion(1).build());
        assertThat(again.version()).isEqualTo(2);
        assertThat(reader.contacts().getById(contact.id())).isEqualTo(again);
    }

    @Test
    void should_refuse_a_repository_update_after_the_other_adapter_committed_a_newer_version() {
        Contact contact = writer.contacts().create(NewContact.of("Ada", "Lovelace", "ada@example.com"));

        try (UnitOfWork work = writerStorage.begin()) {
            Contact read = work.contacts().getById(contact.id());
            reader.contacts()
                    .update(
                            contact.id(),
                            ContactUpdate.builder()
                                    .phone("from the other adapter")
                                    .build());

            assertThatThrownBy(() -> work.contacts()
                            .update(ContactUpdate.builder()
                                    .phone("stale")
                                    .build()
                                    .applyTo(read, clock.instant())))
                    .isInstanceOf(StaleVersionException.class);
        }
        assertThat(writer.contacts().getById(contact.id()).phone()).isEqualTo("from the other adapter");
    }

    @Test
    void should_delete_what_the_other_adapter_wrote_with_the_delete_rules() {
        Contact contact = writer.contacts().create(NewContact.of("Ada", "Lovelace", "ada@example.com"));
        Pipeline pipeline = writer.pipelines().create(NewPipeline.of("Sales"));
        Pipeline empty = writer.pipelines().create(NewPipeline.of("Empty"));
        Deal deal = writer.deals()
                .create(NewDeal.builder("Deal")
                        .pipelineId(pipeline.id())
                        .contactId(contact.id())
                        .build());
        Task aboutContact = writer.tasks()
                .create(NewTask.builder("About Ada").contactId(contact.id()).build());
        Task aboutDeal = writer.tasks()
                .create(NewTask.builder("About the deal").dealId(deal.id()).build());

        reader.contacts().deleteById(contact.id());
        assertThat(writer.contacts().findById(contact.id())).isEmpty();
        assertThat(writer.tasks().findById(aboutContact.id())).isEmpty();
        Deal detached = writer.deals().getById(deal.id());
        assertThat(detached.contactId()).isNull();
        // Detaching is an update by the service: the version moves on, so a stale writer is refused.
        assertThat(detached.version()).isEqualTo(deal.version() + 1);

        reader.deals().deleteById(deal.id());
        assertThat(writer.tasks().getById(aboutDeal.id()).dealId()).isNull();

        reader.pipelines().deleteById(empty.id());
        assertThat(writer.pipelines().findById(empty.id())).isEmpty();
        assertThat(writer.pipelines().getById(pipeline.id()).stages()).hasSize(6);
    }

    /**
     * Both adapters' pages of one query are the same; and each page the reader returns after the
     * writer's cursor is the writer's own next page: cursors are crm-core's, valid on any adapter.
     */
    private static <T> void assertSamePages(
            Function<@Nullable String, Page<T>> writer, Function<@Nullable String, Page<T>> reader) {
        List<Page<T>> written = pages(writer);
        assertThat(pages(reader)).isEqualTo(written);
        for (int i = 0; i + 1 < written.size(); i++) {
            assertThat(reader.apply(written.get(i).nextCursor().orElseThrow())).isEqualTo(written.get(i + 1));
        }
        assertThat(written.stream().mapToInt(page -> page.items().size()).sum()).isEqualTo(7);
    }

    private static <T> List<Page<T>> pages(Function<@Nullable String, Page<T>> query) {
        List<Page<T>> pages = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> page = query.apply(cursor);
            pages.add(page);
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
        return pages;
    }
}
