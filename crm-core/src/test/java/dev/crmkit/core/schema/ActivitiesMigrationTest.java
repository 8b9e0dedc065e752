package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V5 (activities and the deals' stage history) on a database at V2 that holds contacts, a deal and
 * a completed task: the rows stay, the new tables take rows linked to them, and deleting the deal or
 * the contact takes their activities and stage history along.
 */
class ActivitiesMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_add_activities_and_stage_history_to_a_database_with_rows(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            Flyway.configure(CrmSchema.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .locations("classpath:dev/crmkit/core/schema/"
                            + Dialect.of(database.dataSource()).folder())
                    .table(CrmSchema.HISTORY_TABLE)
                    .target("2")
                    .load()
                    .migrate();
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                        + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com', 'ada lovelace',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO crm_pipeline (name, created_at, updated_at)"
                        + " VALUES ('Sales', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                long contact = single(statement, "SELECT id FROM crm_contact");
                long pipeline = single(statement, "SELECT id FROM crm_pipeline");
                statement.execute("INSERT INTO crm_pipeline_stage (pipeline_id, stage_key, name, position,"
                        + " probability, outcome) VALUES (" + pipeline + ", 'lead', 'Lead', 0, 10, 'OPEN')");
                statement.execute("INSERT INTO crm_deal (title, amount, currency, pipeline_id, status, contact_id,"
                        + " created_at, updated_at) VALUES ('Deal', 10, 'EUR', " + pipeline + ", 'lead', " + contact
                        + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO crm_task (title, priority, status, contact_id, completed_at, created_at,"
                        + " updated_at) VALUES ('Call back', 'high', 'completed', " + contact
                        + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }

            assertThat(CrmSchema.migrate(database.dataSource())).isEqualTo(CrmSchema.SCRIPTS.size() - 2);

            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                long contact = single(statement, "SELECT id FROM crm_contact");
                long deal = single(statement, "SELECT id FROM crm_deal");
                assertThat(single(statement, "SELECT COUNT(*) FROM crm_task WHERE status = 'completed'"))
                        .isEqualTo(1);
                statement.execute("INSERT INTO crm_activity (type, subject, occurred_at, contact_id,"
                        + " created_at, updated_at) VALUES ('call', 'Intro', CURRENT_TIMESTAMP, " + contact
                        + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO crm_activity (type, subject, occurred_at, deal_id, created_at,"
                        + " updated_at) VALUES ('note', 'Terms', CURRENT_TIMESTAMP, " + deal
                        + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO crm_deal_stage_change (deal_id, pipeline_id, to_stage, created_at)"
                        + " SELECT id, pipeline_id, status, created_at FROM crm_deal");

                statement.execute("DELETE FROM crm_deal WHERE id = " + deal);
                assertThat(single(statement, "SELECT COUNT(*) FROM crm_deal_stage_change"))
                        .isZero();
                assertThat(single(statement, "SELECT COUNT(*) FROM crm_activity"))
                        .isEqualTo(1);
                statement.execute("DELETE FROM crm_contact WHERE id = " + contact);
                assertThat(single(statement, "SELECT COUNT(*) FROM crm_activity"))
                        .isZero();
            }
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }
}
