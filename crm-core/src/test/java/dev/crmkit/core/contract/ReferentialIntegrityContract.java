package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskUpdate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A child created (or re-linked) while its parent is deleted either fails cleanly or the delete
 * sees it: never an orphan. Each race runs {@link #TRIALS} times; in each trial one thread deletes
 * a fresh parent while another creates children of it, both released by one barrier. Afterwards
 * the tables are searched for orphans below the API, and every failure must be one a caller can
 * act on: the parent is gone ({@link ValidationException} on the link field, as for any missing
 * parent, or {@link NotFoundException}), a {@link ConflictException} (the pipeline still holds
 * deals), or a {@link RetryableTransactionException} (the database aborted one side of the race).
 * The locks themselves, on any storage, are {@link ParentLockContract}'s.
 */
public abstract class ReferentialIntegrityContract extends ContractTest {

    /** The orphans are counted below the API, so this part of the kit needs the SQL database. */
    @Override
    protected abstract SqlTestContext ctx();

    /**
     * Trials per race, from the system property {@code crmkit.race.trials}; 50 unless raised.
     * Lower values count as 50: fewer trials did not reliably reproduce an orphan on H2.
     */
    static final int TRIALS = Math.max(50, Integer.getInteger("crmkit.race.trials", 50));

    /** Creates each child thread attempts per trial; it stops at its first failure. */
    private static final int CREATES_PER_TRIAL = 3;

    private static final long HANG_GUARD_SECONDS = 60;

    private static final Map<String, String> ORPHANS = Map.of(
            "deals without their pipeline",
            "SELECT COUNT(*) FROM crm_deal d WHERE NOT EXISTS (SELECT 1 FROM crm_pipeline p WHERE p.id = d.pipeline_id)",
            "deals without their stage",
            "SELECT COUNT(*) FROM crm_deal d WHERE NOT EXISTS (SELECT 1 FROM crm_pipeline_stage s"
                    + " WHERE s.pipeline_id = d.pipeline_id AND s.stage_key = d.status)",
            "deals of a deleted contact",
            "SELECT COUNT(*) FROM crm_deal d WHERE d.contact_id IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM crm_contact c WHERE c.id = d.contact_id)",
            "tasks of a deleted contact",
            "SELECT COUNT(*) FROM crm_task t WHERE t.contact_id IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM crm_contact c WHERE c.id = t.contact_id)",
            "tasks of a deleted deal",
            "SELECT COUNT(*) FROM crm_task t WHERE t.deal_id IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM crm_deal d WHERE d.id = t.deal_id)");

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void should_leave_no_deal_without_its_pipeline_when_creates_race_the_pipeline_delete() throws Exception {
        List<Object> outcomes = race(
                () -> givenPipeline().id(),
                pipelineId -> () -> {
                    crm().pipelines().deleteById(pipelineId);
                    return "deleted";
                },
                pipelineId -> () -> crm().deals().create(aDeal(pipelineId).build()),
                "pipelineId");

        assertNoOrphans(outcomes);
    }

    @Test
    void should_leave_no_task_of_a_deleted_contact_when_creates_race_the_contact_delete() throws Exception {
        List<Object> outcomes = race(
                () -> givenContact().id(),
                contactId -> () -> {
                    crm().contacts().deleteById(contactId);
                    return "deleted";
                },
                contactId ->
                        () -> crm().tasks().create(aTask().contactId(contactId).build()),
                "contactId");

        assertNoOrphans(outcomes);
    }

    @Test
    void should_leave_no_deal_of_a_deleted_contact_when_creates_race_the_contact_delete() throws Exception {
        long pipelineId = givenPipeline().id();

        List<Object> outcomes = race(
                () -> givenContact().id(),
                contactId -> () -> {
                    crm().contacts().deleteById(contactId);
                    return "deleted";
                },
                contactId -> () -> crm().deals()
                        .create(aDeal(pipelineId).contactId(contactId).build()),
                "contactId");

        assertNoOrphans(outcomes);
    }

    @Test
    void should_leave_no_task_of_a_deleted_deal_when_creates_race_the_deal_delete() throws Exception {
        long pipelineId = givenPipeline().id();

        List<Object> outcomes = race(
                () -> crm().deals().create(aDeal(pipelineId).build()).id(),
                dealId -> () -> {
                    crm().deals().deleteById(dealId);
                    return "deleted";
                },
                dealId -> () -> crm().tasks().create(aTask().dealId(dealId).build()),
                "dealId");

        assertNoOrphans(outcomes);
    }

    @Test
    void should_leave_no_task_of_a_deleted_contact_when_a_re_link_races_the_contact_delete() throws Exception {
        List<Object> outcomes = race(
                () -> givenContact().id(),
                contactId -> () -> {
                    crm().contacts().deleteById(contactId);
                    return "deleted";
                },
                contactId -> {
                    long taskId = crm().tasks().create(aTask().build()).id();
                    return () -> crm().tasks()
                            .update(
                                    taskId,
                                    TaskUpdate.builder().contactId(contactId).build());
                },
                "contactId");

        assertNoOrphans(outcomes);
    }

    @Test
    void should_leave_no_deal_of_a_deleted_contact_when_a_re_link_races_the_contact_delete() throws Exception {
        long pipelineId = givenPipeline().id();

        List<Object> outcomes = race(
                () -> givenContact().id(),
                contactId -> () -> {
                    crm().contacts().deleteById(contactId);
                    return "deleted";
                },
                contactId -> {
                    long dealId =
                            crm().deals().create(aDeal(pipelineId).build()).id();
                    return () -> crm().deals()
                            .update(
                                    dealId,
                                    DealUpdate.builder().contactId(contactId).build());
                },
                "contactId");

        assertNoOrphans(outcomes);
    }

    /**
     * Runs {@link #TRIALS} trials of: make a parent; on a barrier, delete it on one thread (after
     * a stagger of 0-3 empty units of work, varying by trial) while
     * the other makes up to {@value #CREATES_PER_TRIAL} children of it (or re-links children to
     * it). {@code createChild} runs before the barrier and returns the racing operation, so it
     * can prepare what the operation needs.
     *
     * @param linkField the field a child names its parent by, where a "parent is gone" failure points
     * @return every outcome: results, and the exceptions that are clean failures
     * @throws AssertionError on any failure that is not a clean one
     */
    private List<Object> race(
            Callable<Long> parent,
            LongFunction<Callable<?>> delete,
            LongFunction<Callable<?>> createChild,
            String linkField)
            throws Exception {
        List<Object> outcomes = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            long parentId = parent.call();
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<?> deleteParent = delete.apply(parentId);
            Callable<?> child = createChild.apply(parentId);
            int stagger = trial % 4;
            Future<Object> deleter = threads.submit(() -> {
                start.await();
                // 0-3 empty units of work first: a child's transaction reads more than the delete's
                // before it reaches the lock, so without a stagger the delete could win every trial
                // on a slow database and the race would only ever be tested one way round.
                for (int i = 0; i < stagger; i++) {
                    crm().pipelines().findById(0);
                }
                return outcome(deleteParent);
            });
            Future<List<Object>> creator = threads.submit(() -> {
                start.await();
                List<Object> created = new ArrayList<>();
                for (int i = 0; i < CREATES_PER_TRIAL; i++) {
                    Object result = outcome(child);
                    created.add(result);
                    if (result instanceof Exception) {
                        break;
                    }
                }
                return created;
            });
            outcomes.add(await(deleter));
            outcomes.addAll(await(creator));
        }
        assertThat(outcomes)
                .filteredOn(Exception.class::isInstance)
                .allSatisfy(failure -> assertCleanFailure((Exception) failure, linkField));
        return outcomes;
    }

    private static Object outcome(Callable<?> operation) {
        try {
            return operation.call();
        } catch (Exception e) {
            return e;
        }
    }

    private static void assertCleanFailure(Exception failure, String linkField) {
        if (failure instanceof ValidationException invalid) {
            assertThat(invalid.errors())
                    .as("a refused link names the link field")
                    .containsOnlyKeys(linkField);
        } else {
            assertThat(failure)
                    .as("a failed create or delete in a race")
                    .isInstanceOfAny(
                            NotFoundException.class, ConflictException.class, RetryableTransactionException.class);
        }
    }

    private <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("a racing thread failed outside the operation under test", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a racing operation hung", e);
        }
    }

    private void assertNoOrphans(List<Object> outcomes) throws SQLException {
        assertThat(outcomes).as("the race ran").hasSizeGreaterThanOrEqualTo(2 * TRIALS);
        try (Connection connection = ctx().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            Map<String, Long> found = new TreeMap<>();
            for (Map.Entry<String, String> orphans : ORPHANS.entrySet()) {
                try (ResultSet count = statement.executeQuery(orphans.getValue())) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        found.put(orphans.getKey(), count.getLong(1));
                    }
                }
            }
            assertThat(found).as("orphans after %d trials", TRIALS).isEmpty();
        }
        long createdChildren = outcomes.stream()
                .filter(o -> o instanceof Deal || o instanceof Task)
                .count();
        assertThat(createdChildren)
                .as("some children were created, so the race was not one-sided")
                .isPositive();
    }
}
