package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.SQLException;
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
            OlderSchema schema = OlderSchema.at(database.dataSource(), 6)
                    .execute("INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                            + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com',"
                            + " 'ada lovelace\nada@example.com', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

            // Every script after V6, this one among them.
            schema.migrateToCurrent();

            assertThat(schema.one("SELECT COUNT(*) FROM crm_contact")).isEqualTo("1");
            assertThat(schema.one("SELECT COUNT(*) FROM crm_trash")).isEqualTo("0");
            String trashed = "INSERT INTO crm_trash (kind, record_id, label, deleted_at, snapshot)"
                    + " VALUES ('contact', 1, 'Ada', CURRENT_TIMESTAMP, '{}')";
            schema.execute(trashed);
            assertThatThrownBy(() -> schema.execute(trashed)).isInstanceOf(SQLException.class);
        }
    }
}
