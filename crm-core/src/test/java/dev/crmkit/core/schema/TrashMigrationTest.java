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
 * V12 (trash) on a database that has run V1 to V6 and holds contacts: they stay as they were, the
 * trash starts empty, and a trash row keyed by kind and id is unique.
 */
class TrashMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_add_an_empty_trash_beside_existing_rows(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            Flyway.configure(CrmSchema.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .locations("classpath:dev/crmkit/core/schema/"
                            + Dialect.of(database.dataSource()).folder())
                    .table(CrmSchema.HISTORY_TABLE)
                    .target("6")
                    .load()
                    .migrate();
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                        + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com',"
                        + " 'ada lovelace\nada@example.com', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }

            // Every script after V6, this one among them.
            assertThat(CrmSchema.migrate(database.dataSource())).isEqualTo(CrmSchema.SCRIPTS.size() - 6);

            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(one(statement, "SELECT COUNT(*) FROM crm_contact")).isEqualTo("1");
                assertThat(one(statement, "SELECT COUNT(*) FROM crm_trash")).isEqualTo("0");
                statement.execute("INSERT INTO crm_trash (kind, record_id, label, deleted_at, snapshot)"
                        + " VALUES ('contact', 1, 'Ada', CURRENT_TIMESTAMP, '{}')");
                org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                                statement.execute("INSERT INTO crm_trash (kind, record_id, label, deleted_at, snapshot)"
                                        + " VALUES ('contact', 1, 'Ada', CURRENT_TIMESTAMP, '{}')"))
                        .isInstanceOf(SQLException.class);
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
