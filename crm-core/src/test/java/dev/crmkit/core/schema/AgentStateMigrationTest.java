package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.agentstate.StoredAction;
import dev.crmkit.core.storage.jdbc.JdbcAgentConversationRepository;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** V2 (agent state) on a database that has run V1 and holds CRM rows: the rows stay, the new tables work. */
class AgentStateMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_add_the_agent_tables_to_a_v1_database_with_rows(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            OlderSchema schema = OlderSchema.at(database.dataSource(), 1);
            schema.execute("INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                    + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com', 'ada lovelace',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

            schema.migrateToCurrent();

            assertThat(schema.one("SELECT email FROM crm_contact")).isEqualTo("ada@example.com");

            try (Connection connection = database.dataSource().getConnection()) {
                JdbcAgentConversationRepository conversations = new JdbcAgentConversationRepository(() -> connection);
                Instant at = Instant.parse("2026-01-02T03:04:05.123456Z");
                conversations.insert("c1", "alice", "[]", at);
                StoredAction pending =
                        new StoredAction("act-1", "c1", "alice", at, "delete_contact", "{}", "PENDING", null, null);
                conversations.addPending(pending);
                assertThat(conversations.takePending("c1", "act-1")).contains(pending);
            }
        }
    }
}
