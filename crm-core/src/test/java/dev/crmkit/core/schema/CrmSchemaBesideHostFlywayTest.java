package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * crmkit's migrations beside a host application's own Flyway, which runs with Flyway's (and Spring
 * Boot's) defaults: history table {@code flyway_schema_history}, no baseline on migrate, and a V1
 * of its own. Either may run first, on an empty schema or on one that already holds rows.
 */
class CrmSchemaBesideHostFlywayTest {

    private static final String HOST_HISTORY = HostHistory.FLYWAY_DEFAULT;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_add_crmkit_after_the_host_flyway_on_an_empty_schema(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();

            assertThat(hostFlyway(dataSource)).isEqualTo(2);
            assertThat(CrmSchema.migrate(dataSource)).isEqualTo(CrmSchema.SCRIPTS.size());

            assertThat(hostFlyway(dataSource)).isZero();
            assertThat(CrmSchema.migrate(dataSource)).isZero();
            assertThat(scripts(dataSource, HOST_HISTORY))
                    .containsExactly("V1__host_orders.sql", "V2__host_order_note.sql");
            assertThat(scripts(dataSource, CrmSchema.HISTORY_TABLE)).endsWith(CrmSchema.SCRIPTS.toArray(String[]::new));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_let_the_host_flyway_start_after_crmkit_on_an_empty_schema(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();

            assertThat(CrmSchema.migrate(dataSource)).isEqualTo(CrmSchema.SCRIPTS.size());
            assertThat(hostFlyway(dataSource)).isEqualTo(2);

            insertHostOrder(dataSource);
            assertThat(CrmSchema.migrate(dataSource)).isZero();
            assertThat(hostFlyway(dataSource)).isZero();
            assertThat(scripts(dataSource, HOST_HISTORY))
                    .containsExactly("V1__host_orders.sql", "V2__host_order_note.sql");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_let_the_host_flyway_start_on_crmkit_tables_that_hold_rows(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();
            CrmSchema.migrate(dataSource);
            insertContact(dataSource);

            assertThat(hostFlyway(dataSource)).isEqualTo(2);
            assertThat(CrmSchema.migrate(dataSource)).isZero();

            assertThat(count(dataSource, "crm_contact")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_prepare_an_earlier_crmkit_install_with_rows_for_the_host_flyway(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();
            // As the release before this one left it: crmkit's own history, nothing for the host.
            crmkitFlywayUnder(dataSource, CrmSchema.HISTORY_TABLE);
            insertContact(dataSource);

            assertThat(CrmSchema.migrate(dataSource)).isZero();
            assertThat(hostFlyway(dataSource)).isEqualTo(2);

            assertThat(count(dataSource, "crm_contact")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_add_crmkit_beside_host_tables_that_hold_rows(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();
            hostFlyway(dataSource);
            insertHostOrder(dataSource);

            assertThat(CrmSchema.migrate(dataSource)).isEqualTo(CrmSchema.SCRIPTS.size());
            assertThat(hostFlyway(dataSource)).isZero();

            assertThat(count(dataSource, "host_orders")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_adopt_an_install_recorded_in_flyway_default_history_table(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();
            crmkitFlywayUnder(dataSource, HOST_HISTORY);
            insertContact(dataSource);

            assertThat(CrmSchema.migrate(dataSource)).isZero();

            assertThat(versions(dataSource, CrmSchema.HISTORY_TABLE))
                    .containsExactly(
                            CrmSchema.SCRIPTS.get(CrmSchema.SCRIPTS.size() - 1).replaceFirst("^V(\\d+)__.*", "$1"));
            assertThat(scripts(dataSource, HOST_HISTORY)).isEmpty();
            assertThat(hostFlyway(dataSource)).isEqualTo(2);
            assertThat(CrmSchema.migrate(dataSource)).isZero();
            assertThat(count(dataSource, "crm_contact")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_create_no_host_history_beside_tables_that_are_not_crmkit_own(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();
            execute(dataSource, "CREATE TABLE liquibase_managed (id INT PRIMARY KEY)");

            CrmSchema.migrate(dataSource);

            assertThat(tableExists(dataSource, HOST_HISTORY)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_create_no_host_history_for_a_host_without_flyway(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();

            CrmSchema.migrate(dataSource, HostHistory.none());

            assertThat(tableExists(dataSource, HOST_HISTORY)).isFalse();
            assertThat(tableExists(dataSource, "crm_contact")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_create_the_host_history_under_the_name_the_host_uses(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            DataSource dataSource = database.dataSource();

            CrmSchema.migrate(dataSource, HostHistory.table("app_history"));
            int applied = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:dev/crmkit/core/hostapp")
                    .table("app_history")
                    .load()
                    .migrate()
                    .migrationsExecuted;

            assertThat(applied).isEqualTo(2);
            assertThat(tableExists(dataSource, HOST_HISTORY)).isFalse();
        }
    }

    /** The host's Flyway with every default, as Spring Boot configures it. */
    private static int hostFlyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:dev/crmkit/core/hostapp")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    private static void crmkitFlywayUnder(DataSource dataSource, String table) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(CrmSchema.location(Dialect.of(dataSource)))
                .table(table)
                .load()
                .migrate();
    }

    private static void insertContact(DataSource dataSource) throws SQLException {
        execute(
                dataSource,
                "INSERT INTO crm_contact (first_name, last_name, email, search_text, created_at, updated_at)"
                        + " VALUES ('Ada', 'Lovelace', 'ada@example.com', 'ada lovelace', CURRENT_TIMESTAMP,"
                        + " CURRENT_TIMESTAMP)");
    }

    private static void insertHostOrder(DataSource dataSource) throws SQLException {
        execute(dataSource, "INSERT INTO host_orders (id, customer_email) VALUES (1, 'ada@example.com')");
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean tableExists(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaTables.find(connection, table).isPresent();
        }
    }

    private static List<String> scripts(DataSource dataSource, String table) throws SQLException {
        return column(dataSource, table, "script");
    }

    private static List<String> versions(DataSource dataSource, String table) throws SQLException {
        return column(dataSource, table, "version");
    }

    /** One column of a Flyway history table, in the order the migrations ran. */
    private static List<String> column(DataSource dataSource, String table, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String quotedTable = SchemaTables.quote(
                    connection, SchemaTables.find(connection, table).orElseThrow());
            // Rows of type TABLE and SCHEMA are Flyway's notes that it created them, not migrations.
            String sql = "SELECT " + SchemaTables.quote(connection, column) + " FROM " + quotedTable + " WHERE "
                    + SchemaTables.quote(connection, "type") + " NOT IN ('TABLE', 'SCHEMA') ORDER BY "
                    + SchemaTables.quote(connection, "installed_rank");
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
