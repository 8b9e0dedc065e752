package dev.crmkit.core.model;

import dev.crmkit.core.model.Run.Mismatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shortens a failing sequence while it still fails on the same target: drops chunks of operations,
 * halving the chunk size when no chunk can go (delta debugging, greedy). Bounded by a number of
 * replays, so a slow database cannot make a failing build hang.
 */
final class Shrinker {

    private final Target reference;
    private final Target target;
    private final int maxReplays;
    private int replays;

    Shrinker(Target reference, Target target, int maxReplays) {
        this.reference = reference;
        this.target = target;
        this.maxReplays = maxReplays;
    }

    /** @param failing a sequence whose last operation is the one that failed */
    Shrunk shrink(List<Op> failing, Mismatch mismatch) {
        List<Op> ops = failing;
        Mismatch last = mismatch;
        int chunk = Math.max(1, ops.size() / 2);
        while (replays < maxReplays) {
            boolean dropped = false;
            for (int from = ops.size() - 1; from >= 0 && replays < maxReplays; from -= chunk) {
                int start = Math.max(0, from - chunk + 1);
                List<Op> candidate = new ArrayList<>(ops.subList(0, start));
                candidate.addAll(ops.subList(from + 1, ops.size()));
                replays++;
                Optional<Mismatch> still = Run.apply(candidate, reference, List.of(target));
                if (still.isPresent()) {
                    last = still.get();
                    ops = List.copyOf(candidate.subList(0, last.index() + 1));
                    from = Math.min(from, ops.size());
                    dropped = true;
                }
            }
            if (!dropped) {
                if (chunk == 1) {
                    break;
                }
                chunk = Math.max(1, chunk / 2);
            }
        }
        return new Shrunk(ops, last, replays);
    }

    /** The shortest failing sequence found, how it fails, and how many replays that took. */
    record Shrunk(List<Op> ops, Mismatch mismatch, int replays) {}
}
