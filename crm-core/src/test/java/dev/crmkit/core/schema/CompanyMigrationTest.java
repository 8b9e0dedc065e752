package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V3 (companies) on a database that has run V2 and holds contacts with free-text companies: one
 * company per distinct case-insensitive trimmed name, every such contact linked to it, blank
 * companies left alone, and the data steps idempotent.
 */
class CompanyMigrationTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_turn_free_text_companies_into_linked_company_records(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();
            OlderSchema schema = OlderSchema.at(dataSource, 2);
            try (Connection connection = dataSource.getConnection()) {
                insertContact(connection, "ada@example.com", "Acme");
                insertContact(connection, "bob@example.com", "ACME");
                insertContact(connection, "cy@example.com", "acme ");
                insertContact(connection, "dee@example.com", "Globex");
                insertContact(connection, "eve@example.com", "   ");
                insertContact(connection, "fay@example.com", null);
            }

            schema.migrateToCurrent();

            Map<String, String> companyOf = companyNamesByEmail(dataSource);
            assertThat(companyNames(dataSource)).containsExactly("ACME", "Globex");
            assertThat(companyOf)
                    .containsEntry("ada@example.com", "ACME")
                    .containsEntry("bob@example.com", "ACME")
                    .containsEntry("cy@example.com", "ACME")
                    .containsEntry("dee@example.com", "Globex")
                    .containsEntry("eve@example.com", null)
                    .containsEntry("fay@example.com", null);

            runDataSteps(dataSource);

            assertThat(companyNames(dataSource)).containsExactly("ACME", "Globex");
            assertThat(companyNamesByEmail(dataSource)).isEqualTo(companyOf);
        }
    }

    /** Runs V3's INSERT and UPDATE again, as a re-applied script would. */
    private static void runDataSteps(DataSource dataSource) throws SQLException {
        String script = CrmSchema.scripts(Dialect.of(dataSource)).stream()
                .filter(s -> s.fileName().startsWith("V3__"))
                .findFirst()
                .orElseThrow()
                .sql();
        String data = script.substring(script.indexOf("INSERT INTO crm_company"));
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : data.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static void insertContact(Connection connection, String email, String company) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO crm_contact (first_name, last_name, email, company, search_text, created_at, updated_at)"
                        + " VALUES ('First', 'Last', ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
            insert.setString(1, email);
            insert.setString(2, company);
            insert.setString(3, email);
            insert.executeUpdate();
        }
    }

    private static List<String> companyNames(DataSource dataSource) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, search_text FROM crm_company ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
                assertThat(rows.getString(2)).isEqualTo(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static Map<String, String> companyNamesByEmail(DataSource dataSource) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT p.email, c.name FROM crm_contact p"
                        + " LEFT JOIN crm_company c ON c.id = p.company_id ORDER BY p.email")) {
            while (rows.next()) {
                names.put(Objects.requireNonNull(rows.getString(1)), rows.getString(2));
            }
        }
        return names;
    }
}
