package dev.crmkit.core.contract;

import dev.crmkit.core.storage.CrmStorage;
import javax.sql.DataSource;

/** How the kit builds the adapter under test over a migrated data source, e.g. {@code JpaCrmStorage::create}. */
@FunctionalInterface
public interface StorageFactory {

    CrmStorage create(DataSource dataSource);
}
