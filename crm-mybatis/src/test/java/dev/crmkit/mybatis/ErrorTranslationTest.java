package dev.crmkit.mybatis;

import static dev.crmkit.mybatis.testing.Rows.aContact;
import static dev.crmkit.mybatis.testing.Rows.aDeal;
import static dev.crmkit.mybatis.testing.Rows.aPipeline;
import static dev.crmkit.mybatis.testing.Rows.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.mybatis.testing.SpyDataSource;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What reaches the caller when the database refuses: crm-core's exceptions, named by the constraint
 * that was broken, never a MyBatis or JDBC exception — also from commit. The repositories are
 * called directly, below the services that would catch most of these first.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorTranslationTest {

    @Parameter
    private TestDatabase kind;

    private IsolatedDatabase database;
    private SpyDataSource spy;
    private CrmStorage storage;

    @BeforeParameterizedClassInvocation
    void openDatabase() {
        database = kind.open();
        CrmSchema.migrate(database.dataSource());
        spy = new SpyDataSource(database.dataSource());
        storage = MyBatisCrmStorage.create(spy);
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() {
        storage.close();
        database.close();
    }

    @Test
    void should_report_a_duplicate_email_as_a_conflict_on_the_email() {
        inWork(work -> work.contacts().insert(aContact("twice@example.com")));

        assertThatThrownBy(() -> inWork(work -> work.contacts().insert(aContact("twice@example.com"))))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).contains("email"));
    }

    @Test
    void should_report_deleting_a_pipeline_that_holds_deals_as_a_conflict_and_keep_it() {
        Pipeline pipeline = inWork(work -> work.pipelines().insert(aPipeline("Busy")));
        inWork(work -> work.deals().insert(aDeal(pipeline.id(), Money.of("1", "EUR"), null)));

        assertThatThrownBy(() -> inWork(work -> work.pipelines().deleteById(pipeline.id())))
                .isInstanceOf(ConflictException.class);
        boolean kept = inWork(work -> work.pipelines().existsById(pipeline.id()));
        assertThat(kept).isTrue();
    }

    @Test
    void should_report_a_stage_the_pipeline_lacks_as_a_conflict_on_the_status() {
        Pipeline pipeline = inWork(work -> work.pipelines().insert(aPipeline("Stages")));
        Deal deal = aDeal(pipeline.id(), Money.of("1", "EUR"), null);
        Deal unknownStage = new Deal(
                0,
                deal.title(),
                null,
                deal.value(),
                pipeline.id(),
                "signed",
                null,
                null,
                null,
                null,
                deal.createdAt(),
                deal.updatedAt(),
                0);

        assertThatThrownBy(() -> inWork(work -> work.deals().insert(unknownStage)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).contains("status"));
    }

    @Test
    void should_report_a_link_to_a_deleted_contact_as_a_conflict_on_the_contact() {
        Contact gone = inWork(work -> work.contacts().insert(aContact("gone@example.com")));
        inWork(work -> work.contacts().deleteById(gone.id()));

        assertThatThrownBy(() -> inWork(work -> work.tasks().insert(aTask(gone.id()))))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).contains("contactId"));
    }

    @Test
    void should_report_a_value_the_schema_refuses_as_invalid() {
        Pipeline pipeline = inWork(work -> work.pipelines().insert(aPipeline("Negative")));
        Money negative = new Money(new BigDecimal("-1.00"), Currency.getInstance("EUR"));

        assertThatThrownBy(() -> inWork(work -> work.deals().insert(aDeal(pipeline.id(), negative, null))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsExactly(Map.entry("amount", "must not be negative")));
    }

    @Test
    void should_report_an_update_of_a_deleted_row_as_not_found() {
        Contact contact = inWork(work -> work.contacts().insert(aContact("deleted@example.com")));
        inWork(work -> work.contacts().deleteById(contact.id()));

        assertThatThrownBy(() -> inWork(work -> work.contacts().update(contact)))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.id()).isEqualTo(contact.id()));
    }

    @Test
    void should_report_a_serialization_failure_at_commit_as_retryable() {
        spy.failNextCommit(new SQLException("could not serialize access", "40001"));

        assertThatThrownBy(() -> inWork(work -> work.contacts().insert(aContact("serial@example.com"))))
                .isInstanceOf(RetryableTransactionException.class)
                .hasRootCauseInstanceOf(SQLException.class);
        Optional<Contact> written = inWork(work -> work.contacts().findByEmail("serial@example.com"));
        assertThat(written).isEmpty();
    }

    @Test
    void should_report_a_connection_the_pool_cannot_give_to_crm_cores_own_statements_as_unavailable_storage() {
        // the tags, audit, trash and agent state are crm-core's JDBC statements on the session's connection
        spy.failNextConnection(new SQLException("Connection is not available, request timed out", "08001"));

        assertThatThrownBy(() -> inWork(work -> work.tags().findById(1)))
                .isInstanceOf(StorageUnavailableException.class)
                .hasRootCauseInstanceOf(SQLException.class);
    }

    @Test
    void should_report_a_lost_connection_at_commit_as_unavailable_storage() {
        spy.failNextCommit(new SQLException("connection lost", "08006"));

        assertThatThrownBy(() -> inWork(work -> work.contacts().insert(aContact("lost@example.com"))))
                .isInstanceOf(StorageUnavailableException.class);
    }

    @Test
    void should_report_a_database_without_the_schema_as_a_storage_failure() {
        try (IsolatedDatabase empty = kind.open()) {
            CrmStorage unmigrated = MyBatisCrmStorage.create(empty.dataSource());

            assertThatThrownBy(() -> {
                        try (UnitOfWork work = unmigrated.begin()) {
                            work.contacts().findById(1);
                        }
                    })
                    .isInstanceOf(StorageException.class)
                    // The driver's reason names the table (H2 in capitals); not the statement it ran.
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("crm_contact"));
        }
    }

    @Test
    void should_report_a_database_that_cannot_be_reached_as_a_storage_failure() {
        IsolatedDatabase closed = kind.open();
        CrmSchema.migrate(closed.dataSource());
        CrmStorage unreachable = MyBatisCrmStorage.create(closed.dataSource());
        closed.close();

        assertThatThrownBy(() -> {
                    try (UnitOfWork work = unreachable.begin()) {
                        work.contacts().findById(1);
                    }
                })
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> MyBatisCrmStorage.create(closed.dataSource())).isInstanceOf(StorageException.class);
    }

    private <T> T inWork(Function<UnitOfWork, T> operation) {
        try (UnitOfWork work = storage.begin()) {
            T result = operation.apply(work);
            work.commit();
            return result;
        }
    }
}
