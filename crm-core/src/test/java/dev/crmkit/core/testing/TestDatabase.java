package dev.crmkit.core.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The databases the contract kit runs on. {@link #open()} gives each test class its own empty
 * schema (PostgreSQL), database (MariaDB) or in-memory database (H2), so test classes — and
 * several builds on one machine — never see each other's rows.
 *
 * <p>Where PostgreSQL and MariaDB come from, first match wins:
 * <ol>
 *   <li>{@code CRM_TEST_POSTGRES_URL} / {@code CRM_TEST_MARIADB_URL}: a JDBC URL with credentials;</li>
 *   <li>a local server on 127.0.0.1:5432 (user postgres, database test) / 127.0.0.1:3306 (user
 *       root, database test) that answers;</li>
 *   <li>Testcontainers, when a Docker engine is available;</li>
 *   <li>none: the test is skipped with a loud message — and fails instead under {@code CI=true}.</li>
 * </ol>
 */
public enum TestDatabase {
    H2,
    POSTGRESQL,
    MARIADB;

    /**
     * Creates a fresh, empty database of this kind. Close the result to drop it.
     *
     * @throws org.opentest4j.TestAbortedException when no server is available (outside CI)
     */
    public IsolatedDatabase open() {
        String name = "crmkit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (this) {
            case H2 -> IsolatedDatabase.h2(name);
            case POSTGRESQL -> IsolatedDatabase.postgres(DatabaseServers.postgres(), name);
            case MARIADB -> IsolatedDatabase.mariadb(DatabaseServers.mariadb(), name);
        };
    }

    /** A display name: {@code H2}, {@code PostgreSQL}, {@code MariaDB}. */
    public String displayName() {
        return switch (this) {
            case H2 -> "H2";
            case POSTGRESQL -> "PostgreSQL";
            case MARIADB -> "MariaDB";
        };
    }

    /**
     * @param schema the schema (PostgreSQL) to make current on every connection, or {@code null}
     * @param catalog the database (MariaDB) to make current on every connection, or {@code null}
     */
    static HikariDataSource pool(String jdbcUrl, String poolName, @Nullable String schema, @Nullable String catalog) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName(poolName.toLowerCase(Locale.ROOT));
        config.setSchema(schema);
        config.setCatalog(catalog);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }
}
