package dev.crmkit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.schema.CrmSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A database of its own for one benchmark trial: a fresh H2 in-memory database, a fresh H2 file
 * database in a temporary directory ({@code h2file}), or a fresh schema on
 * a PostgreSQL server, migrated to the crmkit schema and pooled with HikariCP. {@link #close()} drops it.
 *
 * <p>PostgreSQL is found at {@code CRM_BENCH_POSTGRES_URL}, else {@code CRM_TEST_POSTGRES_URL} (the
 * tests' variable), else the local server at 127.0.0.1:5432 as user {@code postgres}, database {@code test}.
 */
public final class BenchmarkDatabase implements AutoCloseable {

    /** The local server the tests use too. */
    public static final String LOCAL_POSTGRES =
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=3&reWriteBatchedInserts=true";

    private final String kind;
    private final HikariDataSource dataSource;
    private final Runnable drop;

    private BenchmarkDatabase(String kind, HikariDataSource dataSource, Runnable drop) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /**
     * @param kind {@code h2}, {@code h2file} or {@code postgresql}
     * @return a new, migrated, empty database
     */
    public static BenchmarkDatabase open(String kind) {
        String name =
                "crmbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        BenchmarkDatabase database = switch (kind.toLowerCase(Locale.ROOT)) {
            case "h2" -> {
                String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
                yield new BenchmarkDatabase("h2", pool(url, null), () -> execute(url, "SHUTDOWN"));
            }
            case "h2file" -> {
                // A file database, as the example web app uses: H2 keeps a page cache on the heap,
                // not every row, so a big import is not measured against a heap full of data.
                Path dir = temporaryDirectory(name);
                String url = "jdbc:h2:file:" + dir.resolve("crm") + ";DB_CLOSE_DELAY=-1";
                yield new BenchmarkDatabase("h2file", pool(url, null), () -> {
                    execute(url, "SHUTDOWN");
                    deleteTree(dir);
                });
            }
            case "postgresql" -> {
                String server = postgresUrl();
                execute(server, "CREATE SCHEMA " + name);
                yield new BenchmarkDatabase(
                        "postgresql", pool(server, name), () -> execute(server, "DROP SCHEMA " + name + " CASCADE"));
            }
            default -> throw new IllegalArgumentException("database must be h2, h2file or postgresql, not " + kind);
        };
        CrmSchema.migrate(database.dataSource);
        return database;
    }

    /** @return the JDBC URL (with credentials) of the PostgreSQL server the benchmarks use */
    public static String postgresUrl() {
        for (String variable : new String[] {"CRM_BENCH_POSTGRES_URL", "CRM_TEST_POSTGRES_URL"}) {
            String url = System.getenv(variable);
            if (url != null && !url.isBlank()) {
                return url;
            }
        }
        return LOCAL_POSTGRES;
    }

    /** @return whether the PostgreSQL server of {@link #postgresUrl()} answers */
    public static boolean postgresAnswers() {
        try (Connection connection = DriverManager.getConnection(postgresUrl())) {
            return connection.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** @return {@code h2}, {@code h2file} or {@code postgresql} */
    public String kind() {
        return kind;
    }

    /** @return the pool over this database; closed by {@link #close()} */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        drop.run();
    }

    private static HikariDataSource pool(String url, @Nullable String schema) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setSchema(schema);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    private static Path temporaryDirectory(String name) {
        try {
            return Files.createTempDirectory(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "': " + e.getMessage(), e);
        }
    }
}
