package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.SQLException;
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
            OlderSchema schema = OlderSchema.at(database.dataSource(), 6)
                    .execute("INSERT INTO crm_company (name, domain, search_text, created_at, updated_at)"
                            + " VALUES ('Globex', 'globex.com', 'globex\nglobex.com', CURRENT_TIMESTAMP,"
                            + " CURRENT_TIMESTAMP)");

            // Every script after V6, V8 among them.
            schema.migrateToCurrent();

            assertThat(schema.one("SELECT search_prefix FROM crm_company WHERE domain = 'globex.com'"))
                    .isEqualTo("globex\nglobex.com");
            schema.execute("INSERT INTO crm_company (name, search_text, created_at, updated_at)"
                    + " VALUES ('Initech', 'initech', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            assertThat(schema.one("SELECT COUNT(*) FROM crm_company WHERE search_prefix LIKE 'ini%'"))
                    .isEqualTo("1");
            if (kind == TestDatabase.POSTGRESQL
                    && schema.number("SELECT COUNT(*) FROM pg_available_extensions WHERE name = 'pg_trgm'") > 0) {
                assertThat(schema.one("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()"
                                + " AND indexname LIKE '%search_trgm'"))
                        .isEqualTo("3");
            }
        }
    }
}
