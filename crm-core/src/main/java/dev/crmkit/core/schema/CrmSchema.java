package dev.crmkit.core.schema;

import dev.crmkit.core.kernel.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or upgrades the crmkit tables in a host's database. The tables are prefixed {@code crm_}
 * and the migration history lives in crmkit's own table, {@value #HISTORY_TABLE}, so crmkit sits
 * beside the host's tables and the host's own Flyway, in either order:
 *
 * <ul>
 *   <li>after the host's Flyway, crmkit starts its history at version 0 and adds its tables;</li>
 *   <li>before it, on a schema that holds only crmkit's tables, crmkit also creates the host's
 *       history table empty ({@link HostHistory}), so the host's Flyway runs its migrations from V1
 *       instead of refusing a "non-empty schema without schema history table";</li>
 *   <li>an install whose crmkit migrations were recorded in Flyway's default table is adopted: crmkit
 *       starts its own history at the version recorded there, and takes its rows out of that table
 *       when they are the only ones in it.</li>
 * </ul>
 *
 * <p>Flyway is how crmkit applies its scripts, not something a host must use: {@link #scripts} and
 * {@link #location} give the plain SQL per dialect for Liquibase, the host's own Flyway or a review.
 *
 * <p>Supported: PostgreSQL, MariaDB (10.6+) and H2 (2.x). Both adapters run on these same tables.
 */
public final class CrmSchema {

    /** The table that records which crmkit migrations ran. */
    public static final String HISTORY_TABLE = "crm_schema_history";

    /** crmkit's migration scripts in order; every dialect folder holds exactly these. */
    static final List<String> SCRIPTS = List.of("V1__crm_schema.sql");

    private static final Logger log = LoggerFactory.getLogger(CrmSchema.class);

    private CrmSchema() {}

    /**
     * Brings the schema of {@code dataSource}'s current database/schema up to date, beside a host
     * whose Flyway, if any, uses its default history table ({@link HostHistory#flywayDefault()}).
     * Safe to call at every start: migrations already applied are skipped.
     *
     * @param dataSource the database
     * @return the number of migrations applied now
     * @throws StorageException when the database is not supported or a migration fails
     */
    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, HostHistory.flywayDefault());
    }

    /**
     * Brings the schema up to date beside a host whose Flyway history is {@code host}.
     *
     * @return the number of migrations applied now
     * @throws StorageException when the database is not supported or a migration fails
     */
    public static int migrate(DataSource dataSource, HostHistory host) {
        Dialect dialect = Dialect.of(dataSource);
        try {
            OptionalInt adopted = HostFlywayHistory.versionToAdopt(dataSource, HostHistory.FLYWAY_DEFAULT);
            if (adopted.isPresent()) {
                flyway(dataSource, dialect)
                        .baselineVersion(Integer.toString(adopted.getAsInt()))
                        .baselineDescription("crmkit history adopted from " + HostHistory.FLYWAY_DEFAULT)
                        .load()
                        .baseline();
                HostFlywayHistory.releaseAdopted(dataSource, HostHistory.FLYWAY_DEFAULT);
                log.info(
                        "crmkit adopted its migrations up to version {} from {} into {}",
                        adopted.getAsInt(),
                        HostHistory.FLYWAY_DEFAULT,
                        HISTORY_TABLE);
            }
            refuseTablesOfAnotherTool(dataSource);
            MigrateResult result = flyway(dataSource, dialect).load().migrate();
            log.info(
                    "crmkit schema on {}: {} migration(s) applied, now at version {}",
                    dialect.folder(),
                    result.migrationsExecuted,
                    result.targetSchemaVersion);
            if (host.table().isPresent()) {
                HostFlywayHistory.reserve(dataSource, host.table().get());
            }
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StorageException("crmkit schema migration failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StorageException("crmkit schema migration failed to read the schema: " + e.getMessage(), e);
        }
    }

    /**
     * Where crmkit's scripts for {@code dialect} live, as a Flyway location:
     * {@code classpath:dev/crmkit/core/schema/<dialect>}. A host's own Flyway instance can run them
     * from there under crmkit's history table (see the module README).
     */
    public static String location(Dialect dialect) {
        return "classpath:" + folder(dialect);
    }

    /**
     * crmkit's migration scripts for {@code dialect}, in the order they must run: the same SQL that
     * {@link #migrate} applies, for hosts that apply it with their own tool.
     *
     * @throws UncheckedIOException when a script cannot be read from the class path
     */
    public static List<CrmScript> scripts(Dialect dialect) {
        return SCRIPTS.stream()
                .map(name -> new CrmScript(version(name), name, read(folder(dialect) + "/" + name)))
                .toList();
    }

    /** crmkit's tables without crmkit's history were made by the host's own tool, which keeps them. */
    private static void refuseTablesOfAnotherTool(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (SchemaTables.find(connection, HISTORY_TABLE).isEmpty()
                    && SchemaTables.find(connection, "crm_contact").isPresent()) {
                throw new StorageException("crmkit's tables exist but its history table " + HISTORY_TABLE
                        + " does not: another tool (Liquibase, the exported scripts) created them and keeps"
                        + " applying crmkit's scripts; do not also call CrmSchema.migrate on this database");
            }
        }
    }

    private static FluentConfiguration flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(CrmSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location(dialect))
                .table(HISTORY_TABLE)
                // A host database usually has tables of its own: start crmkit's history there.
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }

    private static String folder(Dialect dialect) {
        return "dev/crmkit/core/schema/" + dialect.folder();
    }

    private static int version(String scriptName) {
        return Integer.parseInt(scriptName.substring(1, scriptName.indexOf("__")));
    }

    private static String read(String resource) {
        try (InputStream in = CrmSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing class path resource " + resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path resource " + resource, e);
        }
    }
}
