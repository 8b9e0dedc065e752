package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrmSchemaTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_create_every_table_once_and_skip_applied_migrations(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            assertThat(CrmSchema.migrate(database.dataSource())).isEqualTo(CrmSchema.SCRIPTS.size());
            assertThat(CrmSchema.migrate(database.dataSource())).isZero();

            assertThat(tables(database))
                    .contains(
                            "crm_contact",
                            "crm_pipeline",
                            "crm_pipeline_stage",
                            "crm_deal",
                            "crm_task",
                            "crm_agent_conversation",
                            "crm_agent_note",
                            "crm_agent_history",
                            "crm_agent_pending",
                            "crm_agent_action",
                            "crm_company",
                            "crm_activity",
                            "crm_deal_stage_change",
                            "crm_tag",
                            "crm_tagging",
                            "crm_trash",
                            "crm_custom_field",
                            "crm_audit",
                            CrmSchema.HISTORY_TABLE);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_migrate_beside_the_host_application_own_tables(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE host_orders (id INT PRIMARY KEY)");
            }

            assertThat(CrmSchema.migrate(database.dataSource())).isEqualTo(CrmSchema.SCRIPTS.size());
            assertThat(tables(database)).contains("host_orders", "crm_contact");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_let_the_schema_itself_refuse_a_negative_amount(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            CrmSchema.migrate(database.dataSource());
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO crm_pipeline (id, name, created_at, updated_at) VALUES"
                        + " (1, 'p', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO crm_pipeline_stage (pipeline_id, stage_key, name, position,"
                        + " probability, outcome) VALUES (1, 'lead', 'Lead', 0, 10, 'OPEN')");

                assertThatThrownBy(() -> statement.execute("INSERT INTO crm_deal (title, amount, currency,"
                                + " pipeline_id, status, created_at, updated_at) VALUES ('d', -1, 'USD', 1, 'lead',"
                                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    private static List<String> tables(IsolatedDatabase database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                ResultSet rows = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
