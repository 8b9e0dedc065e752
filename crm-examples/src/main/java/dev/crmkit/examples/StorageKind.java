package dev.crmkit.examples;

import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The storage adapters an example can run on, chosen by configuration ({@code crm.storage=jpa} in
 * the web app, {@code --storage jpa} in the CLI). Both run on the same tables, so switching needs
 * no data migration.
 */
public enum StorageKind {
    /** {@link JpaCrmStorage}: Hibernate over the crmkit tables. */
    JPA,
    /** {@link MyBatisCrmStorage}: MyBatis mappers over the same tables. */
    MYBATIS;

    /** Builds this adapter over a data source whose crmkit schema is already migrated. */
    public CrmStorage create(DataSource dataSource) {
        return switch (this) {
            case JPA -> JpaCrmStorage.create(dataSource);
            case MYBATIS -> MyBatisCrmStorage.create(dataSource);
        };
    }

    /** The configuration form: {@code jpa} or {@code mybatis}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code key}, ignoring case. */
    public static StorageKind fromKey(String key) {
        for (StorageKind kind : values()) {
            if (kind.key().equalsIgnoreCase(key.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("storage must be one of "
                + Arrays.stream(values()).map(StorageKind::key).collect(Collectors.joining(", ")) + ", not " + key);
    }
}
