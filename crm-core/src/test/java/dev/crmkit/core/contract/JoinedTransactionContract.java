package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineEvent;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.RecordingListener;
import dev.crmkit.core.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Joined mode: crmkit inside a transaction its host runs. A host rollback undoes crmkit's writes
 * and publishes nothing, a host commit publishes exactly once and only after it, grouped calls stay
 * atomic, and outside a host transaction a unit of work still rolls back unless committed. Each
 * adapter runs it per database with a near-empty subclass that builds its {@link JoinedHost}.
 * Rows are counted with plain SQL on another connection, so "committed" means committed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JoinedTransactionContract {

    private static final String[] TABLES_CHILD_FIRST = {
        "crm_task", "crm_deal", "crm_pipeline_stage", "crm_pipeline", "crm_contact"
    };

    private final TestDatabase database;
    private @Nullable IsolatedDatabase isolated;
    private @Nullable JoinedHost host;
    private @Nullable Crm crm;
    private final MutableClock clock = MutableClock.atDefaultStart();
    private final RecordingListener events = new RecordingListener();

    protected JoinedTransactionContract(TestDatabase database) {
        this.database = database;
    }

    /** The host under test over the migrated {@code dataSource}. */
    protected abstract JoinedHost openHost(DataSource dataSource);

    @BeforeAll
    void openDatabase() {
        isolated = database.open();
        CrmSchema.migrate(isolated.dataSource());
        host = openHost(isolated.dataSource());
    }

    @AfterAll
    void closeDatabase() {
        if (host != null) {
            host.close();
        }
        if (isolated != null) {
            isolated.close();
        }
    }

    @BeforeEach
    void startEmpty() throws SQLException {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : TABLES_CHILD_FIRST) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        events.clear();
        crm = Crm.builder()
                .storage(host().storage())
                .clock(clock)
                .listener(events)
                .build();
    }

    @Test
    void should_undo_crmkits_writes_and_publish_nothing_when_the_host_rolls_back() {
        host().rolledBack(() -> {
            Pipeline pipeline = crm().pipelines().create(TestData.aPipeline());
            Contact contact = crm().contacts().create(aContact().build());
            crm().deals().create(aDeal(pipeline.id()).contactId(contact.id()).build());
        });

        assertThat(rows("crm_contact") + rows("crm_pipeline") + rows("crm_deal"))
                .isZero();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void should_undo_crmkits_writes_when_the_hosts_work_throws() {
        IllegalStateException failure = new IllegalStateException("the host's own step failed");

        assertThatThrownBy(() -> host().inTransaction(() -> {
                    crm().contacts().create(aContact().build());
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(rows("crm_contact")).isZero();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void should_publish_exactly_once_and_only_after_the_host_commits() {
        List<Long> committedWhenDelivered = new ArrayList<>();
        Crm watched = Crm.builder()
                .storage(host().storage())
                .clock(clock)
                .listener(events)
                .listener(event -> committedWhenDelivered.add(rows("crm_contact")))
                .build();
        List<Long> visibleInside = new ArrayList<>();

        Contact contact = host().inTransaction(() -> {
            Contact created = watched.contacts().create(aContact().build());
            Pipeline pipeline = watched.pipelines().create(TestData.aPipeline());
            assertThat(pipeline.id()).isPositive();
            visibleInside.add(rows("crm_contact"));
            assertThat(events.events()).isEmpty();
            return created;
        });

        assertThat(visibleInside).containsExactly(0L);
        assertThat(events.events()).hasSize(2);
        assertThat(events.events().get(0)).isEqualTo(new ContactEvent.Created(contact, clock.instant()));
        assertThat(events.events().get(1)).isInstanceOf(PipelineEvent.Created.class);
        assertThat(committedWhenDelivered).containsExactly(1L, 1L);
    }

    @Test
    void should_keep_grouped_calls_atomic_inside_the_hosts_transaction() {
        assertThatThrownBy(() -> host().inTransaction(() -> crm().inTransaction(() -> {
                    crm().contacts().create(aContact().build());
                    crm().pipelines().create(TestData.aPipeline());
                    throw new IllegalStateException("the group fails");
                })))
                .isInstanceOf(IllegalStateException.class);

        assertThat(rows("crm_contact") + rows("crm_pipeline")).isZero();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void should_doom_the_hosts_transaction_when_a_crmkit_call_failed_even_if_the_host_caught_it() {
        Contact taken = crm().contacts().create(aContact().build());
        events.clear();

        assertThatThrownBy(() -> host().inTransaction(() -> {
                    crm().contacts().create(aContact().build());
                    try {
                        crm().contacts()
                                .create(aContact().withEmail(taken.email()).build());
                    } catch (ConflictException expected) {
                        // The host goes on: its commit must not keep half of what it asked for.
                    }
                    return null;
                }))
                .isInstanceOf(RuntimeException.class);

        assertThat(rows("crm_contact")).isEqualTo(1);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void should_commit_what_a_listener_writes_after_the_hosts_commit() {
        Crm reacting = Crm.builder()
                .storage(host().storage())
                .clock(clock)
                .listener(event -> {
                    if (event instanceof ContactEvent.Created) {
                        crm().pipelines().create(TestData.aPipeline());
                    }
                })
                .build();

        host().inTransaction(() -> reacting.contacts().create(aContact().build()));

        assertThat(rows("crm_pipeline")).isEqualTo(1);
        assertThat(events.ofType(PipelineEvent.Created.class)).hasSize(1);
    }

    @Test
    void should_commit_and_roll_back_on_its_own_outside_a_host_transaction() {
        try (UnitOfWork work = host().storage().begin()) {
            work.contacts().insert(aStoredContact());
        }
        assertThat(rows("crm_contact")).isZero();

        assertThatThrownBy(() -> crm().runInTransaction(() -> {
                    crm().contacts().create(aContact().build());
                    throw new IllegalStateException("the group fails");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rows("crm_contact")).isZero();

        Contact contact = crm().contacts().create(aContact().build());
        assertThat(rows("crm_contact")).isEqualTo(1);
        assertThat(events.events()).containsExactly(new ContactEvent.Created(contact, clock.instant()));
    }

    @Test
    void should_refuse_a_group_whose_failed_call_was_caught_outside_a_host_transaction() {
        Contact taken = crm().contacts().create(aContact().build());

        assertThatThrownBy(() -> crm().runInTransaction(() -> {
                    crm().contacts().create(aContact().build());
                    try {
                        crm().contacts()
                                .create(aContact().withEmail(taken.email()).build());
                    } catch (ConflictException expected) {
                        // caught, and still the group must not commit
                    }
                }))
                .isInstanceOf(CrmException.class);

        assertThat(rows("crm_contact")).isEqualTo(1);
    }

    private Contact aStoredContact() {
        int n = TestData.nextNumber();
        return new Contact(
                0,
                "Ada",
                "Lovelace",
                "ada" + n + "@example.com",
                null,
                null,
                null,
                null,
                clock.instant(),
                clock.instant(),
                0);
    }

    /** The committed rows of a table, counted on a connection of its own. */
    protected long rows(String table) {
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Crm crm() {
        return Objects.requireNonNull(crm);
    }

    protected JoinedHost host() {
        return Objects.requireNonNull(host);
    }

    protected DataSource dataSource() {
        return Objects.requireNonNull(isolated).dataSource();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
