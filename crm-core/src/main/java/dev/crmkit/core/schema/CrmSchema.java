package dev.crmkit.core.schema;

import dev.crmkit.core.kernel.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
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
 * <p>Most starts find the schema current: {@link #migrate} reads crmkit's history with one query
 * and starts Flyway only when something is missing, failed, newer or edited ({@link #isCurrent}).
 *
 * <p>Supported: PostgreSQL, MariaDB (10.6+) and H2 (2.x). Both adapters run on these same tables.
 */
public final class CrmSchema {

    /** The table that records which crmkit migrations ran. */
    public static final String HISTORY_TABLE = "crm_schema_history";

    /** crmkit's migration scripts in order; every dialect folder holds exactly these. */
    static final List<String> SCRIPTS = List.of(
            "V1__crm_schema.sql",
            "V2__agent_state.sql",
            "V3__companies.sql",
            "V4__tags.sql",
            "V5__activities.sql",
            "V6__search.sql",
            "V7__custom_fields.sql",
            "V8__search_companies.sql",
            "V10__duplicates.sql",
            "V11__audit.sql",
            "V12__trash.sql");

    private static final Logger log = LoggerFactory.getLogger(CrmSchema.class);

    private CrmSchema() {}

    /**
     * Brings the schema of {@code dataSource}'s current database/schema up to date, beside a host
     * whose Flyway, if any, uses its default history table ({@link HostHistory#flywayDefault()}).
     * Safe to call at every start: when the history is current ({@link #isCurrent}), one query
     * decides that and Flyway is not started at all; otherwise Flyway applies what is missing and
     * validates what was applied.
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
     * @param dataSource the database
     * @param host the host's own Flyway history table, or {@link HostHistory#none()}
     * @return the number of migrations applied now
     * @throws StorageException when the database is not supported or a migration fails
     */
    public static int migrate(DataSource dataSource, HostHistory host) {
        Dialect dialect;
        boolean current;
        boolean reserveHostTable;
        try (Connection connection = connect(dataSource)) {
            dialect = Dialect.ofProductName(connection.getMetaData().getDatabaseProductName());
            List<String> names = SchemaTables.names(connection);
            current = HistoryCheck.current(connection, dialect, names);
            reserveHostTable = host.table()
                            .filter(table -> names.stream().noneMatch(table::equalsIgnoreCase))
                            .isPresent()
                    && SchemaTables.onlyCrmkit(names);
        } catch (SQLException e) {
            throw new StorageException("crmkit schema migration failed to read the schema: " + e.getMessage(), e);
        }
        if (!current) {
            return FlywayMigration.migrate(dataSource, dialect, host);
        }
        log.debug("crmkit schema on {} is current; Flyway not started", dialect.folder());
        if (reserveHostTable) {
            FlywayMigration.reserveHostTable(dataSource, host.table().orElseThrow());
        }
        return 0;
    }

    /**
     * Whether crmkit's tables in {@code dataSource}'s current database/schema are at the version this
     * crmkit ships: its history table records every one of crmkit's scripts, successfully and with the
     * script's checksum, and nothing newer. Read with one query, without Flyway; {@link #migrate} runs
     * Flyway only when this is false.
     *
     * @param dataSource the database
     * @return true when {@link #migrate} has no migration to apply and nothing to validate
     * @throws StorageException when the database cannot be reached or is not supported
     */
    public static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = connect(dataSource)) {
            Dialect dialect = Dialect.ofProductName(connection.getMetaData().getDatabaseProductName());
            return HistoryCheck.current(connection, dialect, SchemaTables.names(connection));
        } catch (SQLException e) {
            throw new StorageException("cannot read crmkit's schema history: " + e.getMessage(), e);
        }
    }

    /**
     * Where crmkit's scripts for {@code dialect} live, as a Flyway location:
     * {@code classpath:dev/crmkit/core/schema/<dialect>}. A host's own Flyway instance can run them
     * from there under crmkit's history table (see the module README).
     *
     * @param dialect the database's dialect
     * @return the Flyway location of that dialect's scripts
     */
    public static String location(Dialect dialect) {
        return "classpath:" + folder(dialect);
    }

    /**
     * crmkit's migration scripts for {@code dialect}, in the order they must run: the same SQL that
     * {@link #migrate} applies, for hosts that apply it with their own tool.
     *
     * @param dialect the database's dialect
     * @return the scripts, oldest first
     * @throws UncheckedIOException when a script cannot be read from the class path
     */
    public static List<CrmScript> scripts(Dialect dialect) {
        return SCRIPTS.stream()
                .map(name -> new CrmScript(version(name), name, read(folder(dialect) + "/" + name)))
                .toList();
    }

    private static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StorageException("cannot connect to the database: " + e.getMessage(), e);
        }
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
