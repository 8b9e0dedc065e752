package dev.crmkit.core.contract;

import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The whole storage contract for one SQL adapter on one database, plus what only a schema can
 * show (rows below the API: the schema check, and the race tests that count orphans). An adapter runs it with a near-empty subclass per database:
 *
 * <pre>{@code
 * class JpaOnPostgresqlTest extends CrmStorageContract {
 *     JpaOnPostgresqlTest() {
 *         super(TestDatabase.POSTGRESQL, JpaCrmStorage::create);
 *     }
 * }
 * }</pre>
 *
 * <p>The class opens its own isolated database and migrates it with {@link CrmSchema}; every test
 * starts from empty tables.
 */
public abstract class CrmStorageContract extends CrmContract implements SqlTestContext {

    private static final String[] TABLES_CHILD_FIRST = {
        "crm_trash",
        "crm_custom_field",
        "crm_audit",
        "crm_tagging",
        "crm_tag",
        "crm_agent_note",
        "crm_agent_history",
        "crm_agent_pending",
        "crm_agent_action",
        "crm_agent_conversation",
        "crm_activity",
        "crm_deal_stage_change",
        "crm_task",
        "crm_deal",
        "crm_pipeline_stage",
        "crm_pipeline",
        "crm_contact",
        "crm_company"
    };

    private final TestDatabase database;
    private final StorageFactory adapter;
    private @Nullable IsolatedDatabase isolated;
    private @Nullable CrmStorage storage;

    protected CrmStorageContract(TestDatabase database, StorageFactory adapter) {
        this.database = database;
        this.adapter = adapter;
    }

    @BeforeAll
    void openDatabase() {
        isolated = database.open();
        CrmSchema.migrate(isolated.dataSource());
        storage = adapter.create(isolated.dataSource());
    }

    @AfterAll
    void closeDatabase() {
        if (storage != null) {
            storage.close();
        }
        if (isolated != null) {
            isolated.close();
        }
    }

    @Override
    public void emptyStorage() throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES_CHILD_FIRST) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Override
    public CrmStorage storage() {
        return Objects.requireNonNull(storage);
    }

    @Override
    public DataSource dataSource() {
        return Objects.requireNonNull(isolated).dataSource();
    }

    @Override
    public TestDatabase database() {
        return database;
    }

    @Nested
    class Schema extends SchemaContract {
        @Override
        protected SqlTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class ReferentialIntegrity extends ReferentialIntegrityContract {
        @Override
        protected SqlTestContext ctx() {
            return CrmStorageContract.this;
        }
    }
}
