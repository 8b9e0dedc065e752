package dev.crmkit.core.contract;

import dev.crmkit.core.Crm;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.RecordingListener;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole storage contract for one adapter on one database. An adapter runs it with a
 * near-empty subclass per database:
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
 * starts from empty tables, a {@link MutableClock} at a fixed instant and no recorded events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CrmStorageContract implements CrmTestContext {

    private static final String[] TABLES_CHILD_FIRST = {
        "crm_task", "crm_deal", "crm_pipeline_stage", "crm_pipeline", "crm_contact"
    };

    private final TestDatabase database;
    private final StorageFactory adapter;
    private @Nullable IsolatedDatabase isolated;
    private @Nullable CrmStorage storage;
    private @Nullable Crm crm;
    private MutableClock clock = MutableClock.atDefaultStart();
    private RecordingListener events = new RecordingListener();

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

    @BeforeEach
    void startFromEmptyTables() throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES_CHILD_FIRST) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        clock = MutableClock.atDefaultStart();
        events = new RecordingListener();
        crm = Crm.builder().storage(storage()).clock(clock).listener(events).build();
    }

    @Override
    public Crm crm() {
        return Objects.requireNonNull(crm);
    }

    @Override
    public CrmStorage storage() {
        return Objects.requireNonNull(storage);
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public RecordingListener events() {
        return events;
    }

    @Override
    public DataSource dataSource() {
        return Objects.requireNonNull(isolated).dataSource();
    }

    @Override
    public TestDatabase database() {
        return database;
    }

    @Override
    public CrmStorage newStorage() {
        return adapter.create(dataSource());
    }

    @Nested
    class Contacts extends ContactContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Pipelines extends PipelineContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Deals extends DealContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Tasks extends TaskContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class NotFound extends NotFoundContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Validation extends ValidationContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Concurrency extends ConcurrencyContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class DeleteRules extends DeleteRulesContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Events extends EventContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Paging extends PagingContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Filters extends FilterContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Summaries extends SummaryContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Unicode extends UnicodeContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class MoneyAndTime extends MoneyAndTimeContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class ReferentialIntegrity extends ReferentialIntegrityContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }

    @Nested
    class Limits extends StorageLimitsContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmStorageContract.this;
        }
    }
}
