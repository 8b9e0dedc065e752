package dev.crmkit.examples;

import dev.crmkit.core.Crm;
import dev.crmkit.core.schema.CrmSchema;
import java.time.Clock;
import javax.sql.DataSource;

/** Opens a {@link Crm} the way both examples do: migrate the schema, then build over the chosen adapter. */
public final class CrmFactory {

    private CrmFactory() {}

    /**
     * Migrates crmkit's tables in {@code dataSource} (a no-op when they are current) and builds a
     * {@link Crm} over the chosen adapter. The data source stays the caller's to close.
     *
     * @throws dev.crmkit.core.kernel.StorageException when the database cannot be reached or migrated
     */
    public static Crm open(DataSource dataSource, StorageKind storage, Clock clock, String defaultCurrency) {
        CrmSchema.migrate(dataSource);
        return Crm.builder()
                .storage(storage.create(dataSource))
                .clock(clock)
                .defaultCurrency(defaultCurrency)
                .build();
    }
}
