package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.storage.UnitOfWork;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code lockById}, which the services take on a parent before linking a child to it or deleting
 * it, on any storage: it reports whether the row exists in the latest committed state (not an
 * older snapshot of the unit of work), and a deadlock between two units of work locking parents in
 * opposite orders surfaces as a {@link RetryableTransactionException}, never a storage error. The
 * races it prevents are {@link ReferentialIntegrityContract}'s, which counts orphans with SQL.
 */
public abstract class ParentLockContract extends ContractTest {

    private static final long HANG_GUARD_SECONDS = 60;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void should_lock_an_existing_parent_and_report_a_missing_one() {
        long contactId = givenContact().id();
        long pipelineId = givenPipeline().id();
        long dealId = crm().deals().create(aDeal(pipelineId).build()).id();

        try (UnitOfWork work = ctx().storage().begin()) {
            assertThat(work.contacts().lockById(contactId)).isTrue();
            assertThat(work.pipelines().lockById(pipelineId)).isTrue();
            assertThat(work.deals().lockById(dealId)).isTrue();
            assertThat(work.contacts().lockById(contactId + 1_000)).isFalse();
            assertThat(work.pipelines().lockById(pipelineId + 1_000)).isFalse();
            assertThat(work.deals().lockById(dealId + 1_000)).isFalse();
            work.commit();
        }
        assertThat(crm().contacts().findById(contactId)).isPresent();
    }

    @Test
    void should_report_a_parent_deleted_after_the_unit_of_work_first_read_as_missing() {
        long contactId = givenContact().id();

        try (UnitOfWork work = ctx().storage().begin()) {
            assertThat(work.contacts().findById(contactId))
                    .as("read before the delete")
                    .isPresent();
            crm().contacts().deleteById(contactId);

            assertThat(work.contacts().lockById(contactId))
                    .as("locked after the delete committed")
                    .isFalse();
        }
    }

    @Test
    void should_release_the_lock_when_the_unit_of_work_ends() {
        long contactId = givenContact().id();
        try (UnitOfWork work = ctx().storage().begin()) {
            assertThat(work.contacts().lockById(contactId)).isTrue();
            work.commit();
        }
        try (UnitOfWork work = ctx().storage().begin()) {
            assertThat(work.contacts().lockById(contactId)).isTrue();
        }

        crm().contacts().deleteById(contactId);

        assertThat(crm().contacts().findById(contactId)).isEmpty();
    }

    @Test
    void should_report_a_deadlock_between_two_units_of_work_locking_parents_as_retryable() throws Exception {
        long first = givenContact().id();
        long second = givenContact().id();
        CyclicBarrier bothLockedOne = new CyclicBarrier(2);

        Future<Object> forward = threads.submit(() -> lockInOrder(first, second, bothLockedOne));
        Future<Object> backward = threads.submit(() -> lockInOrder(second, first, bothLockedOne));
        List<Object> outcomes = List.of(await(forward), await(backward));

        assertThat(outcomes)
                .filteredOn(Exception.class::isInstance)
                .isNotEmpty()
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(RetryableTransactionException.class));
    }

    /** Locks one contact, waits until the other thread locked its own, then locks the other's. */
    private Object lockInOrder(long lockFirst, long lockThen, CyclicBarrier bothLockedOne) throws Exception {
        try (UnitOfWork work = ctx().storage().begin()) {
            assertThat(work.contacts().lockById(lockFirst)).isTrue();
            bothLockedOne.await();
            try {
                work.contacts().lockById(lockThen);
            } catch (RuntimeException e) {
                return e;
            }
            work.commit();
            return "locked both";
        }
    }

    private static <T> T await(Future<T> future) throws InterruptedException {
        try {
            return future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("a locking thread failed outside the operation under test", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a lock wait hung", e);
        }
    }
}
