package dev.crmkit.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Finds a PostgreSQL and a MariaDB server for the tests, once per JVM. See {@link TestDatabase}
 * for the order in which sources are tried.
 */
final class DatabaseServers {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServers.class);

    static final String LOCAL_POSTGRES =
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3&reWriteBatchedInserts=true";
    static final String LOCAL_MARIADB =
            "jdbc:mariadb://127.0.0.1:3306/test?user=root&connectTimeout=3000&rewriteBatchedStatements=true";

    private static Optional<String> postgres;
    private static Optional<String> mariadb;

    private DatabaseServers() {}

    /** A JDBC URL (with credentials) of a PostgreSQL server the tests may create schemas in. */
    static synchronized String postgres() {
        if (postgres == null) {
            postgres = find(
                    "PostgreSQL",
                    "CRM_TEST_POSTGRES_URL",
                    LOCAL_POSTGRES,
                    () -> new PostgreSQLContainer("postgres:16-alpine"));
        }
        return postgres.orElseThrow(() -> TestEnvironment.unavailable(
                "PostgreSQL",
                "Set CRM_TEST_POSTGRES_URL, start a server on 127.0.0.1:5432 (user postgres, database test),"
                        + " or run Docker for Testcontainers."));
    }

    /** A JDBC URL (with credentials) of a MariaDB server the tests may create databases in. */
    static synchronized String mariadb() {
        if (mariadb == null) {
            mariadb =
                    find("MariaDB", "CRM_TEST_MARIADB_URL", LOCAL_MARIADB, () -> new MariaDBContainer("mariadb:11.4"));
        }
        return mariadb.orElseThrow(() -> TestEnvironment.unavailable(
                "MariaDB",
                "Set CRM_TEST_MARIADB_URL, start a server on 127.0.0.1:3306 (user root, no password, database"
                        + " test), or run Docker for Testcontainers."));
    }

    private static Optional<String> find(
            String product, String variable, String localUrl, Supplier<JdbcDatabaseContainer<?>> container) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            log.info("{} tests use {} from {}", product, configured, variable);
            return Optional.of(configured);
        }
        if (answers(localUrl)) {
            log.info("{} tests use the local server {}", product, localUrl);
            return Optional.of(localUrl);
        }
        if (dockerAvailable()) {
            JdbcDatabaseContainer<?> started = container.get();
            started.start();
            String url = started.getJdbcUrl() + (started.getJdbcUrl().contains("?") ? "&" : "?") + "user="
                    + started.getUsername() + "&password=" + started.getPassword();
            log.info("{} tests use a Testcontainers server at {}", product, started.getJdbcUrl());
            return Optional.of(url);
        }
        return Optional.empty();
    }

    private static boolean answers(String url) {
        try (Connection connection = DriverManager.getConnection(url)) {
            return connection.isValid(3);
        } catch (SQLException e) {
            log.debug("no database at {}: {}", url, e.getMessage());
            return false;
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
