package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.storage.jdbc.CustomFieldSql;
import dev.crmkit.core.storage.jdbc.JdbcCustomFieldRepository;
import dev.crmkit.core.storage.jdbc.JsonColumn;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V7 (custom fields) on a database that has run V1 to V6 and holds contacts and companies: the rows
 * stay, have no values, and take values that the dialect's filter finds and a field's deletion removes.
 */
class CustomFieldsMigrationTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05.123456Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_add_custom_fields_to_a_database_with_rows(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            Dialect dialect = Dialect.of(database.dataSource());
            OlderSchema schema = OlderSchema.at(database.dataSource(), 6);
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                for (String name : List.of("ada", "bob")) {
                    statement.execute("INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at,"
                            + " updated_at) VALUES ('" + name + "', 'Lovelace', '" + name + "@example.com', '" + name
                            + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                }
            }

            // Every script after V6, this one among them.
            schema.migrateToCurrent();

            try (Connection connection = database.dataSource().getConnection()) {
                connection.setAutoCommit(false);
                assertThat(values(connection, "ada@example.com")).isEqualTo(CustomFieldValues.empty());
                JdbcCustomFieldRepository fields = new JdbcCustomFieldRepository(() -> connection);
                CustomField tier = fields.insert(new CustomField(
                        0,
                        CustomFieldKind.CONTACT,
                        "tier",
                        "Tier",
                        CustomFieldType.CHOICE,
                        null,
                        null,
                        List.of("gold", "silver"),
                        true,
                        NOW,
                        NOW,
                        0));
                try (PreparedStatement update =
                        connection.prepareStatement("UPDATE crm_contact SET custom_fields = ? WHERE email = ?")) {
                    JsonColumn.bind(update, 1, CustomFieldValues.of(Map.of("tier", "gold", "note", "it's \"x\"")));
                    update.setString(2, "ada@example.com");
                    update.executeUpdate();
                }
                connection.commit();

                assertThat(fields.findByKind(CustomFieldKind.CONTACT)).containsExactly(tier);
                assertThat(values(connection, "ada@example.com").text("note")).contains("it's \"x\"");
                CustomFieldSql.Condition gold = CustomFieldSql.condition(
                        dialect,
                        new CustomFieldFilter("tier", CustomFieldFilter.Op.EQ, "gold", CustomFieldType.CHOICE));
                assertThat(emails(connection, gold)).containsExactly("ada@example.com");

                assertThat(fields.removeValues(CustomFieldKind.CONTACT, "tier", NOW))
                        .isEqualTo(1);
                assertThat(values(connection, "ada@example.com").asMap()).containsOnlyKeys("note");
                assertThat(emails(connection, gold)).isEmpty();
                connection.commit();
            }
            assertThat(CrmSchema.isCurrent(database.dataSource())).isTrue();
        }
    }

    private static CustomFieldValues values(Connection connection, String email) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT custom_fields FROM crm_contact WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return JsonColumn.read(rows.getString(1));
            }
        }
    }

    private static List<String> emails(Connection connection, CustomFieldSql.Condition condition) throws SQLException {
        String sql = "SELECT email FROM crm_contact WHERE " + condition.sql().replaceFirst("\\?", "custom_fields")
                + " ORDER BY email";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < condition.parameters().size(); i++) {
                select.setObject(i + 1, condition.parameters().get(i));
            }
            List<String> emails = new java.util.ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
            return emails;
        }
    }
}
