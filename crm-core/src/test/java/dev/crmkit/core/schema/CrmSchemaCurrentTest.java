package dev.crmkit.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link CrmSchema#migrate} on a schema that is already current reads crmkit's history with one
 * query and leaves Flyway alone; any other history — behind, ahead, edited — still goes to Flyway.
 */
class CrmSchemaCurrentTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_check_a_current_schema_on_one_connection_without_flyway(TestDatabase kind) {
        try (IsolatedDatabase database = kind.open()) {
            CrmSchema.migrate(database.dataSource());
            CountingDataSource counted = new CountingDataSource(database.dataSource());

            int applied = CrmSchema.migrate(counted);

            assertThat(applied).isZero();
            assertThat(CrmSchema.isCurrent(database.dataSource())).isTrue();
            // Flyway alone opens several connections (history, validation, lock); the check opens one.
            assertThat(counted.connections()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_still_migrate_a_database_that_is_behind(TestDatabase kind) {
        try (IsolatedDatabase database = kind.open()) {
            flyway(database.dataSource(), CrmSchema.location(Dialect.of(database.dataSource())))
                    .target("1")
                    .load()
                    .migrate();

            assertThat(CrmSchema.isCurrent(database.dataSource())).isFalse();
            assertThat(CrmSchema.migrate(database.dataSource())).isEqualTo(CrmSchema.SCRIPTS.size() - 1);
            assertThat(CrmSchema.isCurrent(database.dataSource())).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_hand_a_database_a_newer_crmkit_migrated_to_flyway_which_leaves_it_as_it_is(TestDatabase kind)
            throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            flyway(
                            database.dataSource(),
                            CrmSchema.location(Dialect.of(database.dataSource())),
                            "classpath:dev/crmkit/core/newercrmkit")
                    .load()
                    .migrate();
            CountingDataSource counted = new CountingDataSource(database.dataSource());

            assertThat(CrmSchema.isCurrent(database.dataSource())).isFalse();
            assertThat(CrmSchema.migrate(counted)).isZero();

            assertThat(counted.connections()).isGreaterThan(1);
            try (Connection connection = database.dataSource().getConnection()) {
                assertThat(SchemaTables.find(connection, "crm_newer_feature")).isPresent();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_let_flyway_refuse_a_history_whose_checksum_differs_from_the_script(TestDatabase kind)
            throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            CrmSchema.migrate(database.dataSource());
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE " + quote(connection, CrmSchema.HISTORY_TABLE) + " SET "
                        + quote(connection, "checksum") + " = " + quote(connection, "checksum") + " + 1 WHERE "
                        + quote(connection, "version") + " = '1'");
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }

            assertThat(CrmSchema.isCurrent(database.dataSource())).isFalse();
            assertThatThrownBy(() -> CrmSchema.migrate(database.dataSource()))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("checksum");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_still_create_the_host_history_table_beside_a_current_schema(TestDatabase kind) throws SQLException {
        try (IsolatedDatabase database = kind.open()) {
            CrmSchema.migrate(database.dataSource(), HostHistory.none());

            assertThat(CrmSchema.migrate(database.dataSource(), HostHistory.flywayDefault()))
                    .isZero();

            try (Connection connection = database.dataSource().getConnection()) {
                assertThat(SchemaTables.find(connection, HostHistory.FLYWAY_DEFAULT))
                        .isPresent();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void should_not_call_an_empty_database_current(TestDatabase kind) {
        try (IsolatedDatabase database = kind.open()) {
            assertThat(CrmSchema.isCurrent(database.dataSource())).isFalse();
        }
    }

    @Test
    void should_compute_the_same_checksum_whatever_the_line_endings_and_byte_order_mark() {
        int unix = HistoryCheck.checksum("CREATE TABLE t (id INT);\nDROP TABLE t;\n");

        assertThat(HistoryCheck.checksum("CREATE TABLE t (id INT);\r\nDROP TABLE t;\r\n"))
                .isEqualTo(unix);
        assertThat(HistoryCheck.checksum("\uFEFFCREATE TABLE t (id INT);\nDROP TABLE t;\n"))
                .isEqualTo(unix);
        assertThat(HistoryCheck.checksum("CREATE TABLE t (id BIGINT);\nDROP TABLE t;\n"))
                .isNotEqualTo(unix);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
            DataSource dataSource, String... locations) {
        return Flyway.configure(CrmSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .table(CrmSchema.HISTORY_TABLE);
    }

    private static String quote(Connection connection, String identifier) throws SQLException {
        return SchemaTables.quote(connection, identifier);
    }

    /** Counts the connections taken from a real pool. */
    private static final class CountingDataSource implements DataSource {

        private final DataSource delegate;
        private final AtomicInteger connections = new AtomicInteger();

        CountingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        int connections() {
            return connections.get();
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            connections.incrementAndGet();
            return delegate.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return delegate.isWrapperFor(type);
        }
    }
}
