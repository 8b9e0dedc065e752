package dev.crmkit.benchmarks.storage;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * What the storage adapters cost on contacts, against hand-written JDBC doing the same work: the
 * figure to read is each adapter's time divided by {@code jdbc}'s for the same benchmark and
 * database.
 *
 * <p>Fair because all three run on the same database, seeded with the same {@code rows} contacts
 * ({@link SeededContacts}), through the same Hikari pool, each operation one transaction with one
 * commit, returning the same records ({@link ContactStore}; {@code StorageBenchmarkSmokeTest} checks
 * they are equal). The adapters are called at the storage SPI, so crm-core's validation and events,
 * the same on every adapter, are not in the figure.
 *
 * <ul>
 *   <li>{@link #insertOne()}: one contact, one commit;
 *   <li>{@link #insertBatch100()}: 100 contacts, one commit; the adapters insert them one by one
 *       in one unit of work, the baseline as one JDBC batch;
 *   <li>{@link #bulkInsert100()}: the same 100 contacts through the adapters' bulk insert
 *       ({@code insertAll}, a JDBC batch on the unit of work's connection), one commit; the
 *       baseline is the same JDBC batch as for {@link #insertBatch100()};
 *   <li>{@link #getById(RandomIds)}: a seeded contact picked at random;
 *   <li>{@link #firstPage()}, {@link #deepPage()}: 50 contacts by id, from the start and after
 *       {@code rows - 100} rows (keyset: the deep page should cost what the first costs);
 *   <li>{@link #filteredSearch()}: the first 50 contacts of one company by id, served by the index
 *       {@code ix_contact_company (company, id)}.
 * </ul>
 *
 * <p>Every trial seeds its own database; rows inserted by an iteration are deleted after it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StorageBenchmark {

    /** Who does the work: {@code jdbc} (the baseline), {@code jpa} or {@code mybatis}. */
    @Param({"jdbc", "jpa", "mybatis"})
    public String storage = "jdbc";

    @Param({"h2", "postgresql"})
    public String database = "h2";

    /** Contacts seeded before measuring; the deep page starts 100 rows before the end. */
    @Param({"100100"})
    public int rows = 100_100;

    private @Nullable SeededContacts seeded;
    private @Nullable ContactStore store;
    private @Nullable FreshContacts fresh;

    @Setup(Level.Trial)
    public void open() {
        seeded = SeededContacts.open(database, rows);
        store = ContactStore.open(storage, seeded.dataSource());
        // A random tag, should the same database ever serve two trials.
        fresh = new FreshContacts("t" + UUID.randomUUID().toString().substring(0, 8));
        checkDeepPage(seeded, store);
    }

    @TearDown(Level.Iteration)
    public void deleteInserted() {
        seeded().deleteInserted();
    }

    @TearDown(Level.Trial)
    public void close() {
        if (store != null) {
            store.close();
        }
        if (seeded != null) {
            seeded.close();
        }
    }

    @Benchmark
    public Contact insertOne() {
        return store().insert(fresh().next());
    }

    @Benchmark
    public List<Contact> insertBatch100() {
        return store().insertAll(fresh().next(100));
    }

    @Benchmark
    public List<Contact> bulkInsert100() {
        return store().bulkInsert(fresh().next(100));
    }

    @Benchmark
    public Optional<Contact> getById(RandomIds ids) {
        return store().findById(ids.next());
    }

    @Benchmark
    public Page<Contact> firstPage() {
        return store().find(seeded().firstPage());
    }

    @Benchmark
    public Page<Contact> deepPage() {
        return store().find(seeded().deepPage());
    }

    @Benchmark
    public Page<Contact> filteredSearch() {
        return store().find(seeded().filteredPage());
    }

    /** Fails the trial before measuring if the deep page is not where it should be. */
    private static void checkDeepPage(SeededContacts seeded, ContactStore store) {
        Page<Contact> page = store.find(seeded.deepPage());
        long expectedFirst = seeded.id(seeded.deepPageStart());
        int size = page.items().size();
        if (size != PageRequest.DEFAULT_LIMIT || page.items().get(0).id() != expectedFirst || !page.hasNext()) {
            throw new IllegalStateException("the deep page should hold " + PageRequest.DEFAULT_LIMIT
                    + " contacts from id " + expectedFirst + " and have a next page, but holds " + size);
        }
    }

    private SeededContacts seeded() {
        return Objects.requireNonNull(seeded, "not set up");
    }

    private ContactStore store() {
        return Objects.requireNonNull(store, "not set up");
    }

    private FreshContacts fresh() {
        return Objects.requireNonNull(fresh, "not set up");
    }

    /**
     * The ids {@link #getById(RandomIds)} reads: seeded rows picked uniformly at random, the same
     * sequence in every trial, so every storage reads the same rows.
     */
    @State(Scope.Thread)
    public static class RandomIds {

        private @Nullable SplittableRandom random;
        private @Nullable SeededContacts seeded;

        @Setup(Level.Trial)
        public void seed(StorageBenchmark benchmark, ThreadParams thread) {
            seeded = benchmark.seeded();
            random = new SplittableRandom(0x5EED_0000L + thread.getThreadIndex());
        }

        long next() {
            if (random == null || seeded == null) {
                throw new IllegalStateException("not set up");
            }
            return seeded.id(random.nextInt(seeded.rows()));
        }
    }
}
