package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.storage.jdbc.JdbcTagRepository;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** V4 (tags) on a database that has run V1 and V2 and holds contacts and deals: the rows stay and can be tagged. */
class TagMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_add_the_tag_tables_to_a_database_with_rows(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            OlderSchema schema = OlderSchema.at(database.dataSource(), 2);
            schema.execute("INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                    + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com', 'ada lovelace',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            long contactId = schema.number("SELECT id FROM crm_contact");

            schema.migrateToCurrent();

            try (Connection connection = database.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                JdbcTagRepository tags = new JdbcTagRepository(() -> connection);
                Tag vip = tags.insert("VIP", Instant.parse("2026-01-02T03:04:05.123456Z"));
                tags.addTagging(TaggableKind.CONTACT, contactId, vip.id());
                connection.commit();

                assertThat(tags.tagsOf(TaggableKind.CONTACT, List.of(contactId)).get(contactId))
                        .containsExactly(vip);
                assertThat(tags.usage())
                        .singleElement()
                        .satisfies(usage -> assertThat(usage.count()).isEqualTo(1));
            }
            assertThat(schema.one("SELECT email FROM crm_contact")).isEqualTo("ada@example.com");
            assertThat(CrmSchema.isCurrent(database.dataSource())).isTrue();
        }
    }
}
