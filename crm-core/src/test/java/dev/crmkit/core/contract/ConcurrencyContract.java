package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.trash.TrashKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Two writers at once: the unique email holds under a race, and optimistic locking refuses the
 * second of two updates based on the same version, for every aggregate, without losing the first.
 * Threads start together on a barrier; nothing here sleeps or measures time.
 */
public abstract class ConcurrencyContract extends ContractTest {

    /** Only a guard against a hung database; no test is expected to come near it. */
    private static final long HANG_GUARD_SECONDS = 60;

    @Test
    void should_let_exactly_one_of_two_concurrent_creates_of_one_email_win() throws Exception {
        for (int round = 0; round < 5; round++) {
            String email = "race" + round + "@example.com";
            CyclicBarrier start = new CyclicBarrier(2);

            List<Object> outcomes = race(
                    () -> {
                        start.await();
                        return crm().contacts()
                                .create(aContact()
                                        .withEmail(email.toUpperCase())
                                        .build());
                    },
                    () -> {
                        start.await();
                        return crm().contacts()
                                .create(aContact().withEmail(email).build());
                    });

            assertThat(outcomes).filteredOn(Contact.class::isInstance).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(ConflictException.class::isInstance)
                    .singleElement()
                    .satisfies(e -> assertThat(((ConflictException) e).field()).contains("email"));
            assertThat(crm().contacts()
                            .find(ContactQuery.all().withText(email).withTotal())
                            .total())
                    .hasValue(1);
        }
    }

    @Test
    void should_let_the_schema_refuse_the_second_of_two_concurrent_inserts_of_one_email() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Object> insert = () -> {
            try (UnitOfWork work = ctx().storage().begin()) {
                start.await();
                Contact stored = work.contacts().insert(contactWithEmail("same@example.com"));
                work.commit();
                return stored;
            }
        };

        List<Object> outcomes = race(insert, insert);

        assertThat(outcomes).filteredOn(Contact.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).hasSize(1);
        assertThat(crm().contacts().find(ContactQuery.all().withTotal()).total())
                .hasValue(1);
    }

    @Test
    void should_refuse_the_second_of_two_contact_updates_based_on_the_same_version() {
        Contact contact = givenContact();

        Contact stored = secondUpdateLoses(
                contact,
                (work, id) -> work.contacts().getById(id),
                (work, read) -> work.contacts()
                        .update(ContactUpdate.builder().phone("first").build().applyTo(read, later())),
                (work, read) -> work.contacts()
                        .update(ContactUpdate.builder().phone("second").build().applyTo(read, later())),
                "contact",
                id -> crm().contacts().getById(id));

        assertThat(stored.phone()).isEqualTo("first");
    }

    @Test
    void should_refuse_the_second_of_two_pipeline_updates_based_on_the_same_version() {
        Pipeline pipeline = givenPipeline();

        Pipeline stored = secondUpdateLoses(
                pipeline,
                (work, id) -> work.pipelines().getById(id),
                (work, read) -> work.pipelines()
                        .update(PipelineUpdate.builder().name("First").build().applyTo(read, later())),
                (work, read) -> work.pipelines()
                        .update(PipelineUpdate.builder().name("Second").build().applyTo(read, later())),
                "pipeline",
                id -> crm().pipelines().getById(id));

        assertThat(stored.name()).isEqualTo("First");
        assertThat(stored.stages()).isEqualTo(pipeline.stages());
    }

    @Test
    void should_refuse_the_second_of_two_deal_updates_based_on_the_same_version() {
        Deal deal = crm().deals().create(aDeal(givenPipeline().id()).build());

        Deal stored = secondUpdateLoses(
                deal,
                (work, id) -> work.deals().getById(id),
                (work, read) -> work.deals().update(Records.retitled(read, "First", later())),
                (work, read) -> work.deals().update(Records.retitled(read, "Second", later())),
                "deal",
                id -> crm().deals().getById(id));

        assertThat(stored.title()).isEqualTo("First");
    }

    @Test
    void should_refuse_the_second_of_two_task_updates_based_on_the_same_version() {
        Task task = crm().tasks().create(aTask().build());

        Task stored = secondUpdateLoses(
                task,
                (work, id) -> work.tasks().getById(id),
                (work, read) -> work.tasks().update(Records.retitled(read, "First", later())),
                (work, read) -> work.tasks().update(Records.retitled(read, "Second", later())),
                "task",
                id -> crm().tasks().getById(id));

        assertThat(stored.title()).isEqualTo("First");
    }

    @Test
    void should_apply_every_one_of_two_writers_updates_that_name_no_version() throws Exception {
        Contact contact = givenContact();
        // Each race a writer loses is a commit of the other, so fewer updates per writer than the
        // attempts an update gets leave no way to lose them all: no luck involved either way.
        int updates = 20;

        List<Object> outcomes = twoWriters(
                updates,
                (name, i) -> () -> crm().contacts()
                        .update(
                                contact.id(),
                                ContactUpdate.builder().phone(name + i).build()));

        assertThat(outcomes).as("no version named, so no stale version either").containsExactly("a", "b");
        assertThat(crm().contacts().getById(contact.id()).version()).isEqualTo(contact.version() + 2 * updates);
    }

    @Test
    void should_apply_every_one_of_two_writers_updates_with_tags_that_name_no_version() throws Exception {
        Contact contact = givenContact();
        int updates = 20;

        List<Object> outcomes = twoWriters(
                updates,
                (name, i) -> () -> crm().contacts()
                        .update(
                                contact.id(),
                                ContactUpdate.builder().phone(name + i).build(),
                                null,
                                List.of(name + "-tag-" + i)));

        assertThat(outcomes)
                .as("no version named, so no stale version either, tags or not")
                .containsExactly("a", "b");
        Contact stored = crm().contacts().getById(contact.id());
        assertThat(stored.version()).isEqualTo(contact.version() + 2 * updates);
        String lastWriter = stored.phone().substring(0, 1);
        assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, contact.id()))
                .as("the tags of the update that wrote last, as its phone is")
                .containsExactly(lastWriter + "-tag-" + (updates - 1));
    }

    @Test
    void should_let_two_writers_tag_two_records_with_the_same_new_name_at_once() throws Exception {
        Contact ada = givenContact();
        Contact alan = givenContact();
        for (int round = 0; round < 10; round++) {
            List<String> tags = List.of("fresh-" + round);
            String phone = "r" + round;
            CyclicBarrier start = new CyclicBarrier(2);

            // A storage that does not wait for row locks may say "retry": the caller does.
            List<Object> outcomes = race(
                    () -> {
                        start.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                        ContactUpdate update =
                                ContactUpdate.builder().phone(phone).build();
                        for (int tries = 1;
                                !updated(() -> crm().contacts().update(ada.id(), update, null, tags));
                                tries++) {
                            assertThat(tries).as("retries of one update").isLessThan(1000);
                        }
                        return "contact update";
                    },
                    () -> {
                        start.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                        for (int tries = 1;
                                !updated(() -> crm().tags().replace(TaggableKind.CONTACT, alan.id(), tags));
                                tries++) {
                            assertThat(tries).as("retries of one tagging").isLessThan(1000);
                        }
                        return "tags replace";
                    });

            assertThat(outcomes)
                    .as("a tag another writer created meanwhile is no conflict: the second finds it")
                    .noneMatch(Throwable.class::isInstance);
            assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, ada.id())).isEqualTo(tags);
            assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, alan.id())).isEqualTo(tags);
        }
    }

    /**
     * Races two writers, "a" and "b", each running its {@code updates} updates in order and running
     * one again when the storage asks to retry it: a storage that does not wait for row locks (the
     * in-memory one) refuses a write at once while the other writer holds the row, as often as the
     * loser gets to try before the holder commits. That count is the scheduler's, not the
     * contract's; what the contract says is that a retry is only ever owed to the other writer, so
     * none may be asked for once the other has finished.
     *
     * @param update the {@code i}-th update of the writer of this name
     * @return each writer's name, or what it failed with, in the order "a", "b"
     */
    private static List<Object> twoWriters(int updates, BiFunction<String, Integer, Runnable> update)
            throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(2);
        Map<String, AtomicBoolean> writing = Map.of("a", new AtomicBoolean(true), "b", new AtomicBoolean(true));
        Function<String, Callable<Object>> writer = name -> () -> {
            AtomicBoolean otherWriting = writing.get(name.equals("a") ? "b" : "a");
            try {
                start.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                for (int i = 0; i < updates; i++) {
                    Runnable next = update.apply(name, i);
                    // Read before the attempt: a writer seen finished has committed all it will.
                    for (boolean contended = otherWriting.get(); !updated(next); contended = otherWriting.get()) {
                        assertThat(contended)
                                .as("a retry of update %d of %s asked for after the other writer finished", i, name)
                                .isTrue();
                        if (Thread.interrupted()) {
                            throw new InterruptedException("retrying until the hang guard gave up");
                        }
                    }
                }
                return name;
            } finally {
                writing.get(name).set(false);
            }
        };
        return race(writer.apply("a"), writer.apply("b"));
    }

    /** Whether the update went through; false when the storage asked to retry it. */
    private static boolean updated(Runnable update) {
        try {
            update.run();
            return true;
        } catch (RetryableTransactionException e) {
            return false;
        }
    }

    @Test
    void should_delete_a_record_only_at_the_version_the_caller_names() {
        Contact contact = givenContact();
        Contact changed = crm().contacts()
                .update(contact.id(), ContactUpdate.builder().phone("changed").build());

        assertThatThrownBy(() -> crm().contacts().deleteById(contact.id(), contact.version()))
                .isInstanceOfSatisfying(
                        StaleVersionException.class,
                        e -> assertThat(e.expectedVersion()).isEqualTo(contact.version()));
        assertThat(crm().contacts().getById(contact.id())).isEqualTo(changed);
        assertThat(crm().trash().list(TrashKind.CONTACT, null, 500).items())
                .noneMatch(entry -> entry.recordId() == contact.id());

        crm().contacts().deleteById(contact.id(), changed.version());

        assertThat(crm().contacts().findById(contact.id())).isEmpty();
    }

    @Test
    void should_report_an_update_of_a_record_another_unit_of_work_deleted_as_not_found() {
        Contact contact = givenContact();

        try (UnitOfWork first = ctx().storage().begin();
                UnitOfWork second = ctx().storage().begin()) {
            Contact read = second.contacts().getById(contact.id());
            first.contacts().deleteById(contact.id());
            first.commit();

            assertThatThrownBy(() -> second.contacts()
                            .update(ContactUpdate.builder()
                                    .phone("gone")
                                    .build()
                                    .applyTo(read, later())))
                    .isInstanceOfSatisfying(
                            NotFoundException.class, e -> assertThat(e.id()).isEqualTo(contact.id()));
        }
    }

    @Test
    void should_refuse_a_repository_update_whose_version_is_not_the_stored_one() {
        Contact contact = givenContact();
        Contact wrongVersion = new Contact(
                contact.id(),
                contact.firstName(),
                contact.lastName(),
                contact.email(),
                "1",
                null,
                null,
                null,
                contact.createdAt(),
                later(),
                contact.version() + 7);

        try (UnitOfWork work = ctx().storage().begin()) {
            assertThatThrownBy(() -> work.contacts().update(wrongVersion))
                    .isInstanceOfSatisfying(
                            StaleVersionException.class,
                            e -> assertThat(e.expectedVersion()).isEqualTo(contact.version() + 7));
        }
        assertThat(crm().contacts().getById(contact.id())).isEqualTo(contact);
    }

    @Test
    void should_report_crossed_writes_of_two_transactions_as_retryable_and_keep_none_half_done() throws Exception {
        Contact a = givenContact();
        Contact b = givenContact();
        CyclicBarrier bothWroteTheirFirstRow = new CyclicBarrier(2);

        List<Object> outcomes = race(
                () -> crossedWrites(a, b, bothWroteTheirFirstRow, "first"),
                () -> crossedWrites(b, a, bothWroteTheirFirstRow, "second"));

        assertThat(outcomes)
                .filteredOn(Throwable.class::isInstance)
                .isNotEmpty()
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(RetryableTransactionException.class));
        Contact storedA = crm().contacts().getById(a.id());
        Contact storedB = crm().contacts().getById(b.id());
        assertThat(storedA.phone()).isEqualTo(storedB.phone());
        assertThat(outcomes)
                .filteredOn(String.class::isInstance)
                .allSatisfy(winner -> assertThat(storedA.phone()).isEqualTo(winner));
    }

    /** Writes one row, waits until the other transaction wrote its own, then writes the other's row. */
    private Object crossedWrites(Contact first, Contact second, CyclicBarrier barrier, String phone) throws Exception {
        try (UnitOfWork work = ctx().storage().begin()) {
            work.contacts().update(ContactUpdate.builder().phone(phone).build().applyTo(first, later()));
            barrier.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            work.contacts().update(ContactUpdate.builder().phone(phone).build().applyTo(second, later()));
            work.commit();
            return phone;
        }
    }

    /**
     * Two units of work read the same version; the first updates and commits; the second's
     * update must fail with {@link StaleVersionException} naming the record and the
     * version it was based on.
     *
     * @return the record as stored afterwards, which must carry the first update
     */
    private <T extends CrmRecord> T secondUpdateLoses(
            T original,
            BiFunction<UnitOfWork, Long, T> read,
            BiFunction<UnitOfWork, T, T> firstUpdate,
            BiFunction<UnitOfWork, T, T> secondUpdate,
            String entity,
            Function<Long, T> reload) {
        try (UnitOfWork first = ctx().storage().begin();
                UnitOfWork second = ctx().storage().begin()) {
            T readByFirst = read.apply(first, original.id());
            T readBySecond = read.apply(second, original.id());

            T updated = firstUpdate.apply(first, readByFirst);
            first.commit();
            assertThat(updated.version()).isEqualTo(original.version() + 1);

            assertThatThrownBy(() -> secondUpdate.apply(second, readBySecond))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.entity()).isEqualTo(entity);
                        assertThat(e.id()).isEqualTo(original.id());
                        assertThat(e.expectedVersion()).isEqualTo(original.version());
                    });
        }
        T stored = reload.apply(original.id());
        assertThat(stored.version()).isEqualTo(original.version() + 1);
        return stored;
    }

    private Instant later() {
        return clock().instant().plus(Duration.ofMinutes(1));
    }

    private Contact contactWithEmail(String email) {
        return new Contact(0, "Race", "Runner", email, null, null, null, null, clock().instant(), clock().instant(), 0);
    }

    /** Runs both tasks on their own threads; each outcome is the result or the exception it threw. */
    private static List<Object> race(Callable<?> first, Callable<?> second) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = List.of(threads.submit(first), threads.submit(second));
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    outcomes.add(future.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("a concurrent operation hung", e);
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
