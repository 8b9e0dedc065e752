package dev.crmkit.core.schema;

import dev.crmkit.core.kernel.StorageException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or upgrades the crmkit tables in a host's database with Flyway. The tables are prefixed
 * {@code crm_} and the migration history lives in its own table, {@value #HISTORY_TABLE}, so crmkit
 * sits beside the host's own tables and its own Flyway history without touching them.
 *
 * <p>Supported: PostgreSQL, MariaDB (10.6+) and H2 (2.x). Both adapters run on these same tables.
 */
public final class CrmSchema {

    /** The table that records which crmkit migrations ran. */
    public static final String HISTORY_TABLE = "crm_schema_history";

    private static final Logger log = LoggerFactory.getLogger(CrmSchema.class);

    private CrmSchema() {}

    /**
     * Brings the schema of {@code dataSource}'s current database/schema up to date. Safe to call
     * at every start: migrations already applied are skipped.
     *
     * @return the number of migrations applied now
     * @throws StorageException when the database is not supported or a migration fails
     */
    public static int migrate(DataSource dataSource) {
        String dialect = Dialect.of(dataSource).folder();
        try {
            MigrateResult result = Flyway.configure(CrmSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:dev/crmkit/core/schema/" + dialect)
                    .table(HISTORY_TABLE)
                    // A host database usually has tables of its own: start crmkit's history there.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            log.info(
                    "crmkit schema on {}: {} migration(s) applied, now at version {}",
                    dialect,
                    result.migrationsExecuted,
                    result.targetSchemaVersion);
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StorageException("crmkit schema migration failed: " + e.getMessage(), e);
        }
    }
}
