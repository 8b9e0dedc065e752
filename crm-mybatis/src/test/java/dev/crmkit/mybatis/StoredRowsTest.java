package dev.crmkit.mybatis;

import static dev.crmkit.mybatis.testing.Rows.NOW;
import static dev.crmkit.mybatis.testing.Rows.aContact;
import static dev.crmkit.mybatis.testing.Rows.aPipeline;
import static dev.crmkit.mybatis.testing.Rows.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the adapter writes, read back with plain SQL: the format the schema promises, so the JPA
 * adapter and a host's own queries read the same rows. Runs with the JVM in Pacific/Chatham (see
 * the surefire configuration), so a timestamp written in local time would be off by hours.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredRowsTest {

    @Parameter
    private TestDatabase kind;

    private IsolatedDatabase database;
    private CrmStorage storage;

    @BeforeParameterizedClassInvocation
    void openDatabase() {
        database = kind.open();
        CrmSchema.migrate(database.dataSource());
        storage = MyBatisCrmStorage.create(database.dataSource());
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() {
        storage.close();
        database.close();
    }

    @Test
    void should_store_instants_in_utc_whatever_the_jvm_time_zone() {
        Contact contact = inWork(work -> work.contacts().insert(aContact("utc@example.com")));

        String utc = kind == TestDatabase.MARIADB
                ? "TIMESTAMP '2026-03-02 09:00:00.123456'"
                : "TIMESTAMP WITH TIME ZONE '2026-03-02 09:00:00.123456+00:00'";
        assertThat(NOW).isEqualTo("2026-03-02T09:00:00.123456Z");
        assertThat(column("SELECT COUNT(*) FROM crm_contact WHERE id = ? AND created_at = " + utc, contact.id()))
                .containsExactly("1");
    }

    @Test
    void should_write_the_search_text_on_insert_and_on_update() {
        Contact contact = inWork(work -> work.contacts().insert(aContact("Search@Example.com")));
        assertThat(column("SELECT search_text FROM crm_contact WHERE id = ?", contact.id()))
                .containsExactly("ada lovelace\nsearch@example.com\nanalytical engines");

        inWork(work -> work.contacts()
                .update(new Contact(
                        contact.id(),
                        "Grace",
                        "Hopper",
                        contact.email(),
                        null,
                        "Navy",
                        null,
                        null,
                        NOW,
                        NOW,
                        contact.version())));

        assertThat(column("SELECT search_text FROM crm_contact WHERE id = ?", contact.id()))
                .containsExactly("grace hopper\nsearch@example.com\nnavy");
    }

    @Test
    void should_store_priorities_and_statuses_as_lower_case_keys_and_outcomes_as_names() {
        Task task = inWork(work -> work.tasks().insert(aTask(null)));
        Pipeline pipeline = inWork(work -> work.pipelines().insert(aPipeline("Keys")));

        assertThat(column("SELECT priority FROM crm_task WHERE id = ?", task.id()))
                .containsExactly("urgent");
        assertThat(column("SELECT status FROM crm_task WHERE id = ?", task.id()))
                .containsExactly("in_progress");
        assertThat(column("SELECT priority_rank FROM crm_task WHERE id = ?", task.id()))
                .containsExactly("3");
        assertThat(column(
                        "SELECT outcome FROM crm_pipeline_stage WHERE pipeline_id = ? ORDER BY position",
                        pipeline.id()))
                .containsExactly("OPEN", "OPEN", "OPEN", "OPEN", "WON", "LOST");
    }

    private <T> T inWork(Function<UnitOfWork, T> operation) {
        try (UnitOfWork work = storage.begin()) {
            T result = operation.apply(work);
            work.commit();
            return result;
        }
    }

    private List<String> column(String sql, long id) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
