package dev.crmkit.jpa;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures below the adapter reach callers as crmkit exceptions, never as Hibernate, JPA or JDBC
 * types: a broken connection at any step, a missing schema, a violated constraint.
 */
class ExceptionTranslationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00.123456Z");

    private IsolatedDatabase database;
    private BreakableDataSource dataSource;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.H2.open();
        dataSource = new BreakableDataSource(database.dataSource());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void should_refuse_to_start_on_a_database_without_the_crmkit_schema() {
        assertThatThrownBy(() -> JpaCrmStorage.create(database.dataSource()))
                .isExactlyInstanceOf(StorageException.class)
                .hasMessageContaining("schema");
    }

    @Test
    void should_refuse_to_start_when_no_connection_can_be_had() {
        dataSource.breakConnections();

        assertThatThrownBy(() -> JpaCrmStorage.create(dataSource)).isExactlyInstanceOf(StorageException.class);
    }

    @Test
    void should_report_a_lost_database_on_begin_as_unavailable_storage() {
        CrmSchema.migrate(database.dataSource());
        try (JpaCrmStorage storage = JpaCrmStorage.create(dataSource)) {
            dataSource.breakConnections();

            assertThatThrownBy(storage::begin).isExactlyInstanceOf(StorageUnavailableException.class);
        }
    }

    @Test
    void should_report_a_connection_lost_inside_a_unit_of_work_on_the_next_call_and_on_commit() {
        CrmSchema.migrate(database.dataSource());
        try (JpaCrmStorage storage = JpaCrmStorage.create(dataSource)) {
            UnitOfWork work = storage.begin();
            work.contacts().find(ContactQuery.all());
            dataSource.breakConnections();

            assertThatThrownBy(() -> work.contacts().findById(1))
                    .isExactlyInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(() -> work.contacts().insert(contact("lost@example.com")))
                    .isExactlyInstanceOf(StorageUnavailableException.class);
            assertThatThrownBy(work::commit).isExactlyInstanceOf(StorageUnavailableException.class);
            assertThatCode(work::close).doesNotThrowAnyException();
        }
    }

    @Test
    void should_report_a_failing_service_call_as_unavailable_storage_and_keep_working_afterwards() {
        CrmSchema.migrate(database.dataSource());
        BreakableDataSource flaky = new BreakableDataSource(database.dataSource());
        try (JpaCrmStorage storage = JpaCrmStorage.create(flaky);
                JpaCrmStorage healthy = JpaCrmStorage.create(database.dataSource())) {
            Crm crm = Crm.builder().storage(storage).build();
            flaky.breakConnections();

            assertThatThrownBy(() -> crm.contacts().create(aContact().build()))
                    .isExactlyInstanceOf(StorageUnavailableException.class);
            assertThat(Crm.builder()
                            .storage(healthy)
                            .build()
                            .contacts()
                            .create(aContact().build())
                            .id())
                    .isPositive();
        }
    }

    @Test
    void should_translate_a_duplicate_email_from_the_schema_into_a_conflict_on_email() {
        CrmSchema.migrate(database.dataSource());
        try (JpaCrmStorage storage = JpaCrmStorage.create(database.dataSource())) {
            try (UnitOfWork work = storage.begin()) {
                work.contacts().insert(contact("twice@example.com"));
                work.commit();
            }
            try (UnitOfWork work = storage.begin()) {
                assertThatThrownBy(() -> work.contacts().insert(contact("twice@example.com")))
                        .isInstanceOfSatisfying(
                                ConflictException.class,
                                e -> assertThat(e.field()).contains("email"));
            }
        }
    }

    @Test
    void should_refuse_to_use_a_unit_of_work_after_commit() {
        CrmSchema.migrate(database.dataSource());
        try (JpaCrmStorage storage = JpaCrmStorage.create(database.dataSource())) {
            UnitOfWork work = storage.begin();
            work.commit();

            assertThatThrownBy(work::contacts).isInstanceOf(IllegalStateException.class);
            work.close();
        }
    }

    private static Contact contact(String email) {
        return new Contact(0, "Ada", "Lovelace", email, null, null, null, null, NOW, NOW, 0);
    }
}
