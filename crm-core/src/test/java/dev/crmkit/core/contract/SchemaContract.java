package dev.crmkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** What an SQL adapter writes below the API, where the schema is shared with the other adapter. */
public abstract class SchemaContract extends ContractTest {

    @Override
    protected abstract SqlTestContext ctx();

    @Test
    void should_store_instants_as_utc_below_the_api() throws SQLException {
        clock().set(Instant.parse("2026-03-02T09:00:00.123456Z"));
        Contact contact = givenContact();

        try (Connection connection = ctx().dataSource().getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT created_at FROM crm_contact WHERE id = ?")) {
            statement.setLong(1, contact.id());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                if (ctx().database() == TestDatabase.MARIADB) {
                    // DATETIME has no zone: the schema says it holds the UTC wall-clock time.
                    assertThat(row.getString(1)).isEqualTo("2026-03-02 09:00:00.123456");
                } else {
                    assertThat(row.getObject(1, OffsetDateTime.class).toInstant())
                            .isEqualTo(contact.createdAt());
                }
            }
        }
    }
}
