package dev.crmkit.mybatis.model;

import static org.assertj.core.api.Assertions.fail;

import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.jpa.JpaCrmStorage;
import dev.crmkit.mybatis.MyBatisCrmStorage;
import dev.crmkit.mybatis.model.Run.Mismatch;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeded random sequences of operations — creates, updates with current and stale versions,
 * deletes, filtered and paged queries resumed after other changes, invalid input — applied through
 * the public API to every adapter on every database and to the reference model ({@link ModelCrm}).
 * Every answer must be the same: the records (with logical ids), the pages, the errors by type and
 * field.
 *
 * <p>{@code -Dcrm.model.operations} (default 1000) sets the number of operations, run in sequences
 * of {@code -Dcrm.model.sequence} (default 500) over emptied tables; {@code -Dcrm.model.seed}
 * replays a run. A failure reports the seed and a shrunk sequence that still fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelBasedTest {

    private static final Logger log = LoggerFactory.getLogger(ModelBasedTest.class);

    private static final int OPERATIONS = Integer.getInteger("crm.model.operations", 1_000);
    private static final int SEQUENCE = Integer.getInteger("crm.model.sequence", 500);
    private static final long SEED = Long.getLong("crm.model.seed", new SecureRandom().nextLong());
    private static final int MAX_SHRINK_REPLAYS = 400;

    private final List<Target> targets = new ArrayList<>();

    @BeforeAll
    void openTargets() {
        for (TestDatabase database : TestDatabase.values()) {
            targets.add(Target.open("MyBatis", database, MyBatisCrmStorage::create));
            targets.add(Target.open("JPA", database, JpaCrmStorage::create));
        }
    }

    @AfterAll
    void closeTargets() {
        targets.forEach(Target::close);
    }

    @Test
    void should_answer_every_operation_as_the_reference_model_does_on_every_adapter_and_database() {
        log.info("model-based test: {} operations in sequences of {}, seed {} (replay with -Dcrm.model.seed={}), on {}",
                OPERATIONS, SEQUENCE, SEED, SEED, targets);
        Random seeds = new Random(SEED);
        long started = System.nanoTime();
        Coverage coverage = new Coverage();
        for (int done = 0, sequence = 1; done < OPERATIONS; done += SEQUENCE, sequence++) {
            long sequenceSeed = seeds.nextLong();
            List<Op> ops = new Generator(sequenceSeed, Run.START).sequence(Math.min(SEQUENCE, OPERATIONS - done));
            coverage.add(ops);
            Optional<Mismatch> mismatch = Run.apply(ops, targets);
            if (mismatch.isPresent()) {
                fail(report(sequence, sequenceSeed, ops, mismatch.get()));
            }
        }
        log.info("model-based test: {} operations × {} targets agreed with the model in {} ms; the model answered:{}",
                OPERATIONS, targets.size(), (System.nanoTime() - started) / 1_000_000, coverage);
    }

    private static String report(int sequence, long sequenceSeed, List<Op> ops, Mismatch mismatch) {
        Shrinker.Shrunk shrunk = new Shrinker(mismatch.target(), MAX_SHRINK_REPLAYS)
                .shrink(ops.subList(0, mismatch.index() + 1), mismatch);
        StringBuilder report = new StringBuilder()
                .append(mismatch.target()).append(" disagrees with the reference model.\n")
                .append("Seed ").append(SEED).append(" (replay with -Dcrm.model.seed=").append(SEED)
                .append("), sequence ").append(sequence).append(" (seed ").append(sequenceSeed).append("), operation ")
                .append(mismatch.index() + 1).append(" of ").append(ops.size()).append(":\n  ").append(mismatch.op())
                .append("\n  model:   ").append(describe(mismatch.expected()))
                .append("\n  adapter: ").append(describe(mismatch.actual()))
                .append("\nShrunk to ").append(shrunk.ops().size()).append(" operations (")
                .append(shrunk.replays()).append(" replays) that still fail on ").append(mismatch.target()).append(":\n");
        List<Outcome> outcomes = Run.modelOutcomes(shrunk.ops());
        for (int i = 0; i < shrunk.ops().size(); i++) {
            report.append(String.format("%4d. %s%n      model: %s%n", i + 1, shrunk.ops().get(i), describe(outcomes.get(i))));
        }
        Mismatch last = shrunk.mismatch();
        return report.append("      adapter: ").append(describe(last.actual())).toString();
    }

    private static String describe(Outcome outcome) {
        return outcome instanceof Outcome.Failure failure
                ? failure.type() + " " + failure.fields() + " (" + failure.detail() + ")"
                : String.valueOf(((Outcome.Value) outcome).value());
    }
}
