package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.SQLException;
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
            OlderSchema schema = OlderSchema.at(database.dataSource(), 6)
                    .execute(
                            "INSERT INTO crm_company (id, name, phone, search_text, created_at, updated_at)"
                                    + " VALUES (7, 'Acme, Inc.', '+1 (555) 999-0000', 'acme', CURRENT_TIMESTAMP,"
                                    + " CURRENT_TIMESTAMP)",
                            "INSERT INTO crm_contact (first_name, last_name, email, phone, company_id,"
                                    + " search_text, created_at, updated_at) VALUES ('Ada', 'Lovelace',"
                                    + " 'ada+crm@example.com', '020 7946 0958', 7, 'ada', CURRENT_TIMESTAMP,"
                                    + " CURRENT_TIMESTAMP)");

            // Every script after V6, this one among them.
            schema.migrateToCurrent();

            assertThat(schema.one("SELECT email_key FROM crm_contact")).isEqualTo("ada@example.com");
            assertThat(schema.one("SELECT phone_key FROM crm_contact")).isEqualTo("2079460958");
            assertThat(schema.one("SELECT name_key FROM crm_contact")).isEqualTo("7:lovelace:a");
            assertThat(schema.one("SELECT name_key FROM crm_company")).isEqualTo("acme");
            assertThat(schema.one("SELECT phone_key FROM crm_company")).isEqualTo("5559990000");
            schema.execute("INSERT INTO crm_contact (first_name, last_name, email, phone, search_text,"
                    + " created_at, updated_at) VALUES ('Grace', 'Hopper', 'GRACE@navy.mil', '12-34', 'g',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            assertThat(schema.one("SELECT email_key FROM crm_contact WHERE first_name = 'Grace'"))
                    .isEqualTo("grace@navy.mil");
            assertThat(schema.one("SELECT COUNT(*) FROM crm_contact WHERE first_name = 'Grace'"
                            + " AND phone_key IS NULL AND name_key IS NULL"))
                    .isEqualTo("1");
        }
    }
}
