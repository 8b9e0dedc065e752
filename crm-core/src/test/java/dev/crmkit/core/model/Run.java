package dev.crmkit.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies a sequence to the reference and to targets in lockstep, until the first disagreement. */
final class Run {

    /** Where every subject starts: microseconds, like the databases. */
    static final Instant START = Instant.parse("2026-03-02T09:00:00.123456Z");

    /** The first operation a target answered differently from the reference. */
    record Mismatch(int index, Target target, Op op, Outcome expected, Outcome actual) {}

    private Run() {}

    static Optional<Mismatch> apply(List<Op> ops, Target reference, List<Target> targets) {
        Subject model = reference.fresh(START);
        List<Subject> subjects = new ArrayList<>();
        for (Target target : targets) {
            subjects.add(target.fresh(START));
        }
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            Outcome expected = Outcome.of(op, model);
            for (int t = 0; t < targets.size(); t++) {
                Outcome actual = Outcome.of(op, subjects.get(t));
                if (!actual.equals(expected)) {
                    return Optional.of(new Mismatch(i, targets.get(t), op, expected, actual));
                }
            }
        }
        return Optional.empty();
    }

    /** What the reference answers to each operation, for a report. */
    static List<Outcome> modelOutcomes(List<Op> ops, Target reference) {
        Subject model = reference.fresh(START);
        return ops.stream().map(op -> Outcome.of(op, model)).toList();
    }
}
