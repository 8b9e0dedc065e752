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
 * V10 (duplicates) on a database that has run V1 to V6 and holds contacts and companies: the
 * existing rows get their blocking keys, and rows written afterwards by SQL outside crmkit too.
 */
class DuplicatesMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_compute_the_keys_of_existing_and_new_rows(TestDatabase kind) throws SQLException {
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
                statement.execute(
                        "INSERT INTO crm_company (id, name, phone, search_text, created_at, updated_at)"
                                + " VALUES (7, 'Acme, Inc.', '+1 (555) 999-0000', 'acme', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                statement.execute("INSERT INTO crm_contact (first_name, last_name, email, phone, company_id,"
                        + " search_text, created_at, updated_at) VALUES ('Ada', 'Lovelace', 'ada+crm@example.com',"
                        + " '020 7946 0958', 7, 'ada', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }

            // Every script after V6, this one among them.
            assertThat(CrmSchema.migrate(database.dataSource())).isEqualTo(CrmSchema.SCRIPTS.size() - 6);

            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(one(statement, "SELECT email_key FROM crm_contact")).isEqualTo("ada@example.com");
                assertThat(one(statement, "SELECT phone_key FROM crm_contact")).isEqualTo("2079460958");
                assertThat(one(statement, "SELECT name_key FROM crm_contact")).isEqualTo("7:lovelace:a");
                assertThat(one(statement, "SELECT name_key FROM crm_company")).isEqualTo("acme");
                assertThat(one(statement, "SELECT phone_key FROM crm_company")).isEqualTo("5559990000");
                statement.execute("INSERT INTO crm_contact (first_name, last_name, email, phone, search_text,"
                        + " created_at, updated_at) VALUES ('Grace', 'Hopper', 'GRACE@navy.mil', '12-34', 'g',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                assertThat(one(statement, "SELECT email_key FROM crm_contact WHERE first_name = 'Grace'"))
                        .isEqualTo("grace@navy.mil");
                assertThat(one(
                                statement,
                                "SELECT COUNT(*) FROM crm_contact WHERE first_name = 'Grace'"
                                        + " AND phone_key IS NULL AND name_key IS NULL"))
                        .isEqualTo("1");
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
