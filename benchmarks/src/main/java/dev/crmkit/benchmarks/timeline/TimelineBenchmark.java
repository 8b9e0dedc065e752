package dev.crmkit.benchmarks.timeline;

import dev.crmkit.benchmarks.BenchmarkDatabase;
import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.timeline.TimelinePage;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * A contact's timeline at size: {@code activities} activities (one every minute, newest first), a
 * deal with its stage history and 100 completed tasks, read through {@code crm.timeline()} (the
 * service, one read transaction, three keyset queries and the merge). {@link #firstPage()} reads the
 * newest 50 entries, {@link #deepPage()} the 50 after the first {@code activities - 100}: the deep
 * page should cost what the first costs (target ≤ 1.5×).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TimelineBenchmark {

    private static final int LIMIT = 50;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** {@code jpa} or {@code mybatis}. */
    @Param({"jpa", "mybatis"})
    public String storage = "jpa";

    @Param({"h2", "postgresql"})
    public String database = "h2";

    @Param({"10000"})
    public int activities = 10_000;

    private @Nullable BenchmarkDatabase db;
    private @Nullable CrmStorage crmStorage;
    private @Nullable Crm crm;
    private long contactId;
    private @Nullable String deepCursor;

    @Setup(Level.Trial)
    public void seed() throws SQLException {
        db = BenchmarkDatabase.open(database);
        crmStorage = switch (storage.toLowerCase(Locale.ROOT)) {
            case "jpa" -> JpaCrmStorage.create(db.dataSource());
            case "mybatis" -> MyBatisCrmStorage.create(db.dataSource());
            default -> throw new IllegalArgumentException("storage must be jpa or mybatis, not " + storage);
        };
        crm = Crm.builder().storage(crmStorage).build();
        Contact contact =
                crm.contacts().create(new NewContact("Ada", "Lovelace", "ada@example.com", null, null, null, null));
        contactId = contact.id();
        long pipeline = crm.pipelines().create(NewPipeline.of("Sales")).id();
        long deal = crm.deals()
                .create(NewDeal.builder("Engine")
                        .pipelineId(pipeline)
                        .contactId(contactId)
                        .build())
                .id();
        crm.deals().moveToStage(deal, "qualified", null);
        insertRows(db.dataSource(), contactId, activities);
        deepCursor = cursorAfter(activities - 100);
    }

    @TearDown(Level.Trial)
    public void close() {
        if (crm != null) {
            crm.close();
        }
        if (crmStorage != null) {
            crmStorage.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Benchmark
    public TimelinePage firstPage() {
        return crm().timeline().contact(contactId, null, LIMIT);
    }

    @Benchmark
    public TimelinePage deepPage() {
        return crm().timeline().contact(contactId, deepCursor, LIMIT);
    }

    /** Walks the timeline to the cursor after {@code entries} entries; fails the trial if it is short. */
    private String cursorAfter(int entries) {
        String cursor = null;
        for (int read = 0; read < entries; read += LIMIT) {
            TimelinePage page = crm().timeline().contact(contactId, cursor, LIMIT);
            cursor = page.nextCursor()
                    .orElseThrow(() -> new IllegalStateException("the timeline ended before " + entries + " entries"));
        }
        return Objects.requireNonNull(cursor);
    }

    /** The activities and completed tasks, by JDBC batches: seeding is not what is measured. */
    private static void insertRows(DataSource dataSource, long contactId, int activities) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_activity (type, subject,"
                    + " occurred_at, contact_id, created_at, updated_at, version) VALUES ('call', ?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < activities; i++) {
                    OffsetDateTime at = START.plusSeconds(60L * i).atOffset(ZoneOffset.UTC);
                    insert.setString(1, "Call " + i);
                    insert.setObject(2, at);
                    insert.setLong(3, contactId);
                    insert.setObject(4, at);
                    insert.setObject(5, at);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_task (title, priority,"
                    + " status, contact_id, completed_at, created_at, updated_at, version)"
                    + " VALUES (?, 'medium', 'completed', ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < 100; i++) {
                    OffsetDateTime at = START.plusSeconds(6000L * i + 30).atOffset(ZoneOffset.UTC);
                    insert.setString(1, "Task " + i);
                    insert.setLong(2, contactId);
                    insert.setObject(3, at);
                    insert.setObject(4, at);
                    insert.setObject(5, at);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    private Crm crm() {
        return Objects.requireNonNull(crm, "not set up");
    }
}
