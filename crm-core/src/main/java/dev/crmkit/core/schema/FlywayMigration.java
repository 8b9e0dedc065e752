package dev.crmkit.core.schema;

import dev.crmkit.core.kernel.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CrmSchema#migrate} when the history is not current: adoption from the host's table, the
 * guard against tables of another tool, Flyway's migrate (scan, validation, scripts) and the host's
 * reserved history table. A class of its own so that a start whose schema is current loads none of
 * Flyway.
 */
final class FlywayMigration {

    private static final Logger log = LoggerFactory.getLogger(FlywayMigration.class);

    private FlywayMigration() {}

    static int migrate(DataSource dataSource, Dialect dialect, HostHistory host) {
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
                        CrmSchema.HISTORY_TABLE);
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

    /** {@link HostFlywayHistory#reserve} on its own, for a schema that is current otherwise. */
    static void reserveHostTable(DataSource dataSource, String table) {
        try {
            HostFlywayHistory.reserve(dataSource, table);
        } catch (FlywayException e) {
            throw new StorageException("crmkit could not create the host's history table: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StorageException("crmkit schema migration failed to read the schema: " + e.getMessage(), e);
        }
    }

    /** crmkit's tables without crmkit's history were made by the host's own tool, which keeps them. */
    private static void refuseTablesOfAnotherTool(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (SchemaTables.find(connection, CrmSchema.HISTORY_TABLE).isEmpty()
                    && SchemaTables.find(connection, "crm_contact").isPresent()) {
                throw new StorageException("crmkit's tables exist but its history table " + CrmSchema.HISTORY_TABLE
                        + " does not: another tool (Liquibase, the exported scripts) created them and keeps"
                        + " applying crmkit's scripts; do not also call CrmSchema.migrate on this database");
            }
        }
    }

    private static FluentConfiguration flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure(FlywayMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(CrmSchema.location(dialect))
                .table(CrmSchema.HISTORY_TABLE)
                // A host database usually has tables of its own: start crmkit's history there.
                .baselineOnMigrate(true)
                .baselineVersion("0");
    }
}
