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
 * V8 (companies in the search) on a database that has run V6 and holds companies: existing
 * companies get their search prefix, and new rows written by SQL outside crmkit still insert and
 * get theirs. On PostgreSQL, the contains search has its trigram indexes where pg_trgm can be created.
 */
class CompanySearchMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_give_existing_companies_their_search_prefix(TestDatabase kind) throws SQLException {
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
                statement.execute("INSERT INTO crm_company (name, domain, search_text, created_at, updated_at)"
                        + " VALUES ('Globex', 'globex.com', 'globex\nglobex.com', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)");
            }

            // Every script after V6, V8 among them.
            assertThat(CrmSchema.migrate(database.dataSource())).isEqualTo(CrmSchema.SCRIPTS.size() - 6);

            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(one(statement, "SELECT search_prefix FROM crm_company WHERE domain = 'globex.com'"))
                        .isEqualTo("globex\nglobex.com");
                statement.execute("INSERT INTO crm_company (name, search_text, created_at, updated_at)"
                        + " VALUES ('Initech', 'initech', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                assertThat(one(statement, "SELECT COUNT(*) FROM crm_company WHERE search_prefix LIKE 'ini%'"))
                        .isEqualTo("1");
                if (kind == TestDatabase.POSTGRESQL && trigramAvailable(statement)) {
                    assertThat(one(
                                    statement,
                                    "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()"
                                            + " AND indexname LIKE '%search_trgm'"))
                            .isEqualTo("3");
                }
            }
        }
    }

    private static boolean trigramAvailable(Statement statement) throws SQLException {
        return !one(statement, "SELECT COUNT(*) FROM pg_available_extensions WHERE name = 'pg_trgm'")
                .equals("0");
    }

    private static String one(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
