package dev.crmkit.benchmarks.storage;

import dev.crmkit.core.Crm;
import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchQuery;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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

/**
 * The one search ({@code crm.search().find(..)}, the service with its storage, default limit of 10)
 * over {@code rows} seeded {@link SampleContacts}; target: median ≤ 50 ms at 100,000 contacts on
 * PostgreSQL. Sampled, so JMH reports the median ({@code p0.50}) and the tail. The texts:
 *
 * <ul>
 *   <li>{@code email}: one contact's exact email: the unique index, then the prefix index;
 *   <li>{@code prefix}: a first name ({@code anna}, one contact in 30): the prefix index fills the
 *       limit, no scan;
 *   <li>{@code word}: a last name ({@code nakamura}, one in 36): no name starts with it, so the
 *       ranked scan over every contact runs — the slow path;
 *   <li>{@code none}: text no contact holds: the prefix index finds nothing, the scan finds nothing.
 * </ul>
 *
 * <p>The seeder analyses PostgreSQL after seeding, as a database in use would be.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SearchBenchmark {

    /** The adapter: {@code jpa} or {@code mybatis}. */
    @Param({"jpa", "mybatis"})
    public String storage = "mybatis";

    @Param({"h2", "postgresql"})
    public String database = "h2";

    /** Contacts seeded before measuring. */
    @Param({"100100"})
    public int rows = 100_100;

    /** Which text is searched; see the class comment. */
    @Param({"email", "prefix", "word", "none"})
    public String text = "prefix";

    private @Nullable SeededContacts seeded;
    private @Nullable Crm crm;
    private @Nullable SearchQuery query;

    @Setup(Level.Trial)
    public void open() {
        seeded = SeededContacts.open(database, rows);
        crm = Crm.builder().storage(storage(storage, seeded)).build();
        query = SearchQuery.of(text(text, rows));
        List<SearchHit> hits = crm.search().find(query);
        boolean expectHits = !text.equals("none");
        if (hits.isEmpty() == expectHits) {
            throw new IllegalStateException("'" + query.text() + "' found " + hits.size() + " hits");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        if (crm != null) {
            crm.close();
        }
        if (seeded != null) {
            seeded.close();
        }
    }

    @Benchmark
    public List<SearchHit> search() {
        return Objects.requireNonNull(crm, "not set up").search().find(Objects.requireNonNull(query, "not set up"));
    }

    /** The text a parameter names, over {@code rows} sample contacts. */
    static String text(String kind, int rows) {
        return switch (kind) {
            case "email" -> SampleContacts.contact(rows / 2).email();
            case "prefix" -> "anna";
            case "word" -> "nakamura";
            case "none" -> "qqxz";
            default -> throw new IllegalArgumentException("text must be email, prefix, word or none, not " + kind);
        };
    }

    private static CrmStorage storage(String kind, SeededContacts seeded) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "jpa" -> JpaCrmStorage.create(seeded.dataSource());
            case "mybatis" -> MyBatisCrmStorage.create(seeded.dataSource());
            default -> throw new IllegalArgumentException("storage must be jpa or mybatis, not " + kind);
        };
    }
}
