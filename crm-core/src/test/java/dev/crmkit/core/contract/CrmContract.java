package dev.crmkit.core.contract;

import dev.crmkit.core.Crm;
import dev.crmkit.core.model.ModelContract;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.RecordingListener;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole contract of a storage, whatever holds the data: every test runs through the public
 * API (and, where a rule of the schema is meant, through the storage SPI directly) and starts from
 * an empty storage, a {@link MutableClock} at a fixed instant and no recorded events. SQL adapters
 * run it through {@link CrmStorageContract}, one near-empty subclass per database; crm-core runs
 * it on its in-memory reference storage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CrmContract implements CrmTestContext {

    private @Nullable Crm crm;
    private MutableClock clock = MutableClock.atDefaultStart();
    private RecordingListener events = new RecordingListener();

    @BeforeEach
    void startFromAnEmptyStorage() throws Exception {
        emptyStorage();
        clock = MutableClock.atDefaultStart();
        events = new RecordingListener();
        crm = Crm.builder().storage(storage()).clock(clock).listener(events).build();
    }

    @Override
    public Crm crm() {
        return Objects.requireNonNull(crm);
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public RecordingListener events() {
        return events;
    }

    /** The test class's name, e.g. {@code JpaOnPostgresqlTest}: the storage and database under test. */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }

    @Nested
    class Contacts extends ContactContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Pipelines extends PipelineContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Deals extends DealContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Tasks extends TaskContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class NotFound extends NotFoundContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Validation extends ValidationContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Concurrency extends ConcurrencyContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Trash extends TrashContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class DeleteRules extends DeleteRulesContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Events extends EventContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Transactions extends TransactionContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Paging extends PagingContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Filters extends FilterContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Summaries extends SummaryContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Unicode extends UnicodeContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class MoneyAndTime extends MoneyAndTimeContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Model extends ModelContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Limits extends StorageLimitsContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class AgentState extends AgentStateContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class ParentLocks extends ParentLockContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Companies extends CompanyContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class BulkCreates extends BulkCreateContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Transfers extends TransferContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Imports extends ImportContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class RoundTrips extends RoundTripContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Activities extends ActivityContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Timelines extends TimelineContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Search extends SearchContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Tags extends TagContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class CustomFields extends CustomFieldContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Audit extends AuditContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Duplicates extends DuplicateContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class ChangeSets extends ChangeSetContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class Merges extends MergeContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class MergeHistory extends MergeHistoryContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }

    @Nested
    class AuditProperties extends AuditPropertyContract {
        @Override
        protected CrmTestContext ctx() {
            return CrmContract.this;
        }
    }
}
