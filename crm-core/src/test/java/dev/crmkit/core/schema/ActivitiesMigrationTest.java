package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.SQLException;
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
            OlderSchema schema = OlderSchema.at(database.dataSource(), 2)
                    .execute(
                            "INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                                    + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com', 'ada lovelace',"
                                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                            "INSERT INTO crm_pipeline (name, created_at, updated_at)"
                                    + " VALUES ('Sales', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            long contact = schema.number("SELECT id FROM crm_contact");
            long pipeline = schema.number("SELECT id FROM crm_pipeline");
            schema.execute(
                    "INSERT INTO crm_pipeline_stage (pipeline_id, stage_key, name, position,"
                            + " probability, outcome) VALUES (" + pipeline + ", 'lead', 'Lead', 0, 10, 'OPEN')",
                    "INSERT INTO crm_deal (title, amount, currency, pipeline_id, status, contact_id,"
                            + " created_at, updated_at) VALUES ('Deal', 10, 'EUR', " + pipeline + ", 'lead', " + contact
                            + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    "INSERT INTO crm_task (title, priority, status, contact_id, completed_at, created_at,"
                            + " updated_at) VALUES ('Call back', 'high', 'completed', " + contact
                            + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            long deal = schema.number("SELECT id FROM crm_deal");

            schema.migrateToCurrent();

            assertThat(schema.number("SELECT COUNT(*) FROM crm_task WHERE status = 'completed'"))
                    .isEqualTo(1);
            schema.execute(
                    "INSERT INTO crm_activity (type, subject, occurred_at, contact_id,"
                            + " created_at, updated_at) VALUES ('call', 'Intro', CURRENT_TIMESTAMP, " + contact
                            + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    "INSERT INTO crm_activity (type, subject, occurred_at, deal_id, created_at,"
                            + " updated_at) VALUES ('note', 'Terms', CURRENT_TIMESTAMP, " + deal
                            + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    "INSERT INTO crm_deal_stage_change (deal_id, pipeline_id, to_stage, created_at)"
                            + " SELECT id, pipeline_id, status, created_at FROM crm_deal");

            schema.execute("DELETE FROM crm_deal WHERE id = " + deal);
            assertThat(schema.number("SELECT COUNT(*) FROM crm_deal_stage_change"))
                    .isZero();
            assertThat(schema.number("SELECT COUNT(*) FROM crm_activity")).isEqualTo(1);
            schema.execute("DELETE FROM crm_contact WHERE id = " + contact);
            assertThat(schema.number("SELECT COUNT(*) FROM crm_activity")).isZero();
        }
    }
}
