package dev.crmkit.mybatis.boot;

import dev.crmkit.core.schema.CrmSchema;
import javax.sql.DataSource;

/**
 * The bean that migrates crmkit's schema when the application starts (unless {@code
 * crm.migrate=false}). An application's entity manager factory depends on it, so crmkit's tables
 * exist before the application's JPA validates; a bean of the host's that needs them can depend on
 * it by its name, {@value #BEAN_NAME}.
 */
public final class CrmSchemaMigration {

    /** The bean's name. */
    public static final String BEAN_NAME = "crmSchemaMigration";

    private final int applied;

    /**
     * Migrates now when {@code migrate} is true.
     *
     * @throws dev.crmkit.core.kernel.StorageException when the migration fails
     */
    public CrmSchemaMigration(DataSource dataSource, boolean migrate) {
        this.applied = migrate ? CrmSchema.migrate(dataSource) : 0;
    }

    /** How many migrations this start applied. */
    public int applied() {
        return applied;
    }
}
