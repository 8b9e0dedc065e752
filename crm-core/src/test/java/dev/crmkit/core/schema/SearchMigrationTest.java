package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.SQLException;
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
            OlderSchema schema = OlderSchema.at(database.dataSource(), 2)
                    .execute(
                            "INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                                    + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com',"
                                    + " 'ada lovelace\nada@example.com', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                            "INSERT INTO crm_pipeline (id, name, created_at, updated_at) VALUES"
                                    + " (1, 'p', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                            "INSERT INTO crm_pipeline_stage (pipeline_id, stage_key, name, position,"
                                    + " probability, outcome) VALUES (1, 'lead', 'Lead', 0, 10, 'OPEN')",
                            "INSERT INTO crm_deal (title, amount, currency, pipeline_id, status, created_at,"
                                    + " updated_at) VALUES ('Engine OVERHAUL', 5, 'USD', 1, 'lead', CURRENT_TIMESTAMP,"
                                    + " CURRENT_TIMESTAMP)");

            schema.migrateToCurrent();

            assertThat(schema.one("SELECT search_title FROM crm_deal")).isEqualTo("engine overhaul");
            assertThat(schema.one("SELECT search_prefix FROM crm_contact WHERE email = 'ada@example.com'"))
                    .isEqualTo("ada lovelace\nada@example.com");
            assertThat(schema.one("SELECT COUNT(*) FROM crm_contact WHERE search_prefix LIKE 'ada l%'"))
                    .isEqualTo("1");
            schema.execute("INSERT INTO crm_deal (title, amount, currency, pipeline_id, status, created_at,"
                    + " updated_at) VALUES ('Second', 5, 'USD', 1, 'lead', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            assertThat(schema.one("SELECT search_title FROM crm_deal WHERE title = 'Second'"))
                    .isEmpty();
        }
    }
}
