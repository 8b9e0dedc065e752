package dev.crmkit.core.model;

import static org.assertj.core.api.Assertions.fail;

import dev.crmkit.core.model.Run.Mismatch;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs seeded random sequences of operations on targets and a reference in lockstep, and fails
 * with the seed and a shrunk sequence at the first disagreement. {@code -Dcrm.model.seed} replays
 * a run.
 */
final class Sequences {

    /** The seed of this JVM's runs: {@code -Dcrm.model.seed}, else a random one (logged and reported). */
    static final long SEED = Long.getLong("crm.model.seed", new Random().nextLong());

    private static final Logger log = LoggerFactory.getLogger(Sequences.class);

    private static final int MAX_SHRINK_REPLAYS = 400;

    private Sequences() {}

    static void check(Target reference, List<Target> targets, int operations, int sequenceLength) {
        log.info(
                "model-based test: {} operations in sequences of {}, seed {} (replay with -Dcrm.model.seed={}),"
                        + " {} against {}",
                operations,
                sequenceLength,
                SEED,
                SEED,
                targets,
                reference);
        Random seeds = new Random(SEED);
        Coverage coverage = new Coverage();
        for (int done = 0, sequence = 1; done < operations; done += sequenceLength, sequence++) {
            long sequenceSeed = seeds.nextLong();
            List<Op> ops = new Generator(sequenceSeed, Run.START).sequence(Math.min(sequenceLength, operations - done));
            coverage.add(ops, reference);
            Optional<Mismatch> mismatch = Run.apply(ops, reference, targets);
            if (mismatch.isPresent()) {
                fail(report(reference, sequence, sequenceSeed, ops, mismatch.get()));
            }
        }
        log.info(
                "model-based test: {} operations × {} targets agreed with {}; the reference answered:{}",
                operations,
                targets.size(),
                reference,
                coverage);
    }

    private static String report(Target reference, int sequence, long sequenceSeed, List<Op> ops, Mismatch mismatch) {
        Shrinker.Shrunk shrunk = new Shrinker(reference, mismatch.target(), MAX_SHRINK_REPLAYS)
                .shrink(ops.subList(0, mismatch.index() + 1), mismatch);
        StringBuilder report = new StringBuilder()
                .append(mismatch.target())
                .append(" disagrees with ")
                .append(reference)
                .append(".\n")
                .append("Seed ")
                .append(SEED)
                .append(" (replay with -Dcrm.model.seed=")
                .append(SEED)
                .append("), sequence ")
                .append(sequence)
                .append(" (seed ")
                .append(sequenceSeed)
                .append("), operation ")
                .append(mismatch.index() + 1)
                .append(" of ")
                .append(ops.size())
                .append(":\n  ")
                .append(mismatch.op())
                .append("\n  reference: ")
                .append(describe(mismatch.expected()))
                .append("\n  target:    ")
                .append(describe(mismatch.actual()))
                .append("\nShrunk to ")
                .append(shrunk.ops().size())
                .append(" operations (")
                .append(shrunk.replays())
                .append(" replays) that still fail on ")
                .append(mismatch.target())
                .append(":\n");
        List<Outcome> outcomes = Run.modelOutcomes(shrunk.ops(), reference);
        for (int i = 0; i < shrunk.ops().size(); i++) {
            report.append(String.format(
                    "%4d. %s%n      reference: %s%n", i + 1, shrunk.ops().get(i), describe(outcomes.get(i))));
        }
        return report.append("      target:    ")
                .append(describe(shrunk.mismatch().actual()))
                .toString();
    }

    private static String describe(Outcome outcome) {
        return outcome instanceof Outcome.Failure failure
                ? failure.type() + " " + failure.fields() + " (" + failure.detail() + ")"
                : String.valueOf(((Outcome.Value) outcome).value());
    }
}
