package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditAction;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.storage.jdbc.JdbcAuditRepository;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V11 (audit log) on a database that has run V1 and V2 and holds a contact: the contact stays, has
 * no history yet, and gets entries appended and read back whole (multi-line and non-ASCII values,
 * the agent's user, the change set) through the statements both adapters share.
 */
class AuditMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_add_an_empty_audit_log_beside_existing_records(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            OlderSchema schema = OlderSchema.at(database.dataSource(), 2);
            schema.execute("INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                    + " updated_at) VALUES ('Ada', 'Lovelace', 'ada@example.com',"
                    + " 'ada lovelace\nada@example.com', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            long contactId = schema.number("SELECT id FROM crm_contact");

            schema.migrateToCurrent();

            try (Connection connection = database.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                JdbcAuditRepository audit = new JdbcAuditRepository(() -> connection);
                assertThat(audit.byRecord("contact", contactId, null, 10)).isEmpty();
                AuditEntry update = new AuditEntry(
                        0,
                        "contact",
                        contactId,
                        AuditAction.UPDATE,
                        Actor.agent("grâce", "conversation-1"),
                        Instant.parse("2026-01-02T03:04:05.123456Z"),
                        Optional.of("turn-1"),
                        1,
                        List.of(new FieldChange(
                                "notes", Optional.empty(), Optional.of("line one\n\"quoted\" — ünïcode 🚀"))));
                List<AuditEntry> stored = audit.append(List.of(update, update));
                connection.commit();

                assertThat(stored.get(1).id()).isGreaterThan(stored.get(0).id());
                assertThat(audit.byChangeSet("turn-1")).containsExactlyElementsOf(stored);
                assertThat(audit.byActor(Actor.agent("anyone", "conversation-1").kind(), "conversation-1", null, 1))
                        .containsExactly(stored.get(1));
                assertThat(audit.latest("contact", contactId)).contains(stored.get(1));
            }
            assertThat(CrmSchema.isCurrent(database.dataSource())).isTrue();
        }
    }
}
