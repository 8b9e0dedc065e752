package dev.crmkit.examples.web;

import dev.crmkit.core.kernel.StorageException;
import dev.crmkit.core.schema.Dialect;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app's own tables (users, API tokens, idempotency keys), beside crmkit's: Flyway
 * migrations under {@code dev/crmkit/examples/schema/<dialect>}, with their own history table
 * {@value #HISTORY_TABLE}, so they never mix with crmkit's schema history. Tables are prefixed
 * {@code app_}.
 */
public final class AppSchema {

    static final String HISTORY_TABLE = "app_schema_history";

    private static final Logger log = LoggerFactory.getLogger(AppSchema.class);

    private AppSchema() {}

    /**
     * Applies the app's pending migrations; the web app and the CLI's {@code crm token} call it before
     * touching the tables.
     *
     * @throws StorageException the migration failed
     */
    public static void migrate(DataSource dataSource) {
        String dialect = Dialect.of(dataSource).folder();
        try {
            MigrateResult result = Flyway.configure(AppSchema.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:dev/crmkit/examples/schema/" + dialect)
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            log.debug("app schema on {}: {} migration(s) applied", dialect, result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new StorageException("app schema migration failed: " + e.getMessage(), e);
        }
    }
}
