package dev.crmkit.benchmarks.dispatch;

import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.benchmarks.BenchmarkDatabase;
import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import java.util.SplittableRandom;
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
 * What a tool call costs between the model's output and the observation it reads back: looking the
 * tool up, reading and checking the arguments against the schema, invoking the method and writing the
 * result as JSON ({@link ToolDispatcher#dispatch}).
 *
 * <ul>
 *   <li>{@code backend=noop}: {@link NoopContactTools}, the real tools' signatures over a service that
 *       does nothing — the dispatcher's pure overhead (target: p99 ≤ 25 µs, ≤ 4 KB allocated per call,
 *       read with {@code -prof gc}).</li>
 *   <li>{@code backend=jpa|mybatis}: the real CRM tools ({@link CrmToolset}) over crmkit on H2 in
 *       memory, so a call is a whole service call and transaction.</li>
 * </ul>
 * {@code getContact} reads one of {@value #SEEDED} contacts by a random id; {@code createContact} writes a
 * contact with four fields and a fresh email. The arguments of the noop backend come from a ring of
 * precomputed strings; the stored backends need a fresh email per call and build it per call, which costs
 * a few hundred bytes next to a database transaction.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class DispatchBenchmark {

    static final int SEEDED = 1_000;
    private static final int RING = 1_024;

    @Param({"noop", "jpa", "mybatis"})
    public String backend;

    private @Nullable BenchmarkDatabase database;
    private @Nullable Crm crm;
    private ToolDispatcher dispatcher;
    private final String[] getArguments = new String[RING];
    private final String[] createArguments = new String[RING];
    private int next;
    private long created;

    @Setup(Level.Trial)
    public void setUp() {
        long[] ids = new long[SEEDED];
        if (backend.equals("noop")) {
            dispatcher = ToolDispatcher.of(new NoopContactTools());
            for (int i = 0; i < SEEDED; i++) {
                ids[i] = i + 1;
            }
        } else {
            database = BenchmarkDatabase.open("h2");
            CrmStorage storage = switch (backend) {
                case "jpa" -> JpaCrmStorage.create(database.dataSource());
                case "mybatis" -> MyBatisCrmStorage.create(database.dataSource());
                default -> throw new IllegalArgumentException("backend must be noop, jpa or mybatis, not " + backend);
            };
            crm = Crm.builder().storage(storage).build();
            for (int i = 0; i < SEEDED; i++) {
                Contact contact = crm.contacts()
                        .create(NewContact.of("Seed", "Contact " + i, "seed" + i + "@example.com")
                                .withCompany("Company " + (i % 50)));
                ids[i] = contact.id();
            }
            dispatcher = CrmToolset.dispatcher(crm);
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < RING; i++) {
            getArguments[i] = "{\"id\": " + ids[random.nextInt(SEEDED)] + "}";
            createArguments[i] = createArguments("ring" + i);
        }
        requireSuccess(dispatcher.dispatch("get_contact", getArguments[0]));
        requireSuccess(dispatcher.dispatch("create_contact", createArguments("setup")));
    }

    /** A benchmark of the error path by mistake would look fast: refuse to start instead. */
    private static void requireSuccess(ToolResult result) {
        if (!result.isSuccess()) {
            throw new IllegalStateException("the benchmark's call failed: " + result);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (crm != null) {
            crm.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Benchmark
    public ToolResult getContact() {
        return dispatcher.dispatch("get_contact", getArguments[next++ & (RING - 1)]);
    }

    @Benchmark
    public ToolResult createContact() {
        String arguments = crm == null ? createArguments[next++ & (RING - 1)] : createArguments("new" + created++);
        return dispatcher.dispatch("create_contact", arguments);
    }

    private static String createArguments(String unique) {
        return "{\"firstName\": \"Grace\", \"lastName\": \"Hopper\", \"email\": \"grace." + unique
                + "@example.com\", \"company\": \"Remington Rand\"}";
    }
}
