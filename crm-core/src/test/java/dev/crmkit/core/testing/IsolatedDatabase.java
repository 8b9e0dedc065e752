package dev.crmkit.core.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One test class's own database: a pooled {@link DataSource} over an empty schema that no other
 * test sees. {@link #close()} closes the pool and drops the schema.
 */
public final class IsolatedDatabase implements AutoCloseable {

    private final TestDatabase kind;
    private final String name;
    private final HikariDataSource dataSource;
    private final Runnable drop;

    private IsolatedDatabase(TestDatabase kind, String name, HikariDataSource dataSource, Runnable drop) {
        this.kind = kind;
        this.name = name;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    static IsolatedDatabase h2(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        HikariDataSource pool = TestDatabase.pool(url, name, null, null);
        return new IsolatedDatabase(TestDatabase.H2, name, pool, () -> execute(url, "SHUTDOWN"));
    }

    static IsolatedDatabase postgres(String serverUrl, String name) {
        execute(serverUrl, "CREATE SCHEMA " + name);
        HikariDataSource pool = TestDatabase.pool(serverUrl, name, name, null);
        return new IsolatedDatabase(
                TestDatabase.POSTGRESQL, name, pool, () -> execute(serverUrl, "DROP SCHEMA " + name + " CASCADE"));
    }

    static IsolatedDatabase mariadb(String serverUrl, String name) {
        execute(serverUrl, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
        HikariDataSource pool = TestDatabase.pool(serverUrl, name, null, name);
        return new IsolatedDatabase(
                TestDatabase.MARIADB, name, pool, () -> execute(serverUrl, "DROP DATABASE " + name));
    }

    public TestDatabase kind() {
        return kind;
    }

    /** The schema or database name, unique per test run. */
    public String name() {
        return name;
    }

    /** A pooled data source over this database; shared, do not close it yourself. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        drop.run();
    }

    @Override
    public String toString() {
        return kind.displayName() + " " + name;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }
}
