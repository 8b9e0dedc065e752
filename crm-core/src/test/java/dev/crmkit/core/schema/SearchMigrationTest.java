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
 * V6 (search) on a database that has run V1 and V2 and holds contacts and deals: existing deals get
 * their lower-cased title, existing contacts their search prefix, and new rows written without
 * them (by SQL outside crmkit) still insert.
 */
class SearchMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_fill_the_search_columns_of_existing_rows(TestDatabase kind) throws SQLException {
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
                        + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com',"
                        + " 'ada lovelace\nada@example.com', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO crm_pipeline (id, name, created_at, updated_at) VALUES"
                        + " (1, 'p', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO crm_pipeline_stage (pipeline_id, stage_key, name, position,"
                        + " probability, outcome) VALUES (1, 'lead', 'Lead', 0, 10, 'OPEN')");
                statement.execute("INSERT INTO crm_deal (title, amount, currency, pipeline_id, status, created_at,"
                        + " updated_at) VALUES ('Engine OVERHAUL', 5, 'USD', 1, 'lead', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)");
            }

            assertThat(CrmSchema.migrate(database.dataSource())).isEqualTo(CrmSchema.SCRIPTS.size() - 2);

            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(one(statement, "SELECT search_title FROM crm_deal")).isEqualTo("engine overhaul");
                assertThat(one(statement, "SELECT search_prefix FROM crm_contact WHERE email = 'ada@example.com'"))
                        .isEqualTo("ada lovelace\nada@example.com");
                assertThat(one(statement, "SELECT COUNT(*) FROM crm_contact WHERE search_prefix LIKE 'ada l%'"))
                        .isEqualTo("1");
                statement.execute("INSERT INTO crm_deal (title, amount, currency, pipeline_id, status, created_at,"
                        + " updated_at) VALUES ('Second', 5, 'USD', 1, 'lead', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                assertThat(one(statement, "SELECT search_title FROM crm_deal WHERE title = 'Second'"))
                        .isEmpty();
            }
        }
    }

    private static String one(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
