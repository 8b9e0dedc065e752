package dev.crmkit.benchmarks.inference;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the tokens each generation produced, so that JMH reports tokens per second beside calls per
 * second (a generation under the tool grammar ends when its JSON is complete, so its length varies).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class GeneratedTokens {

    /** Tokens generated in this iteration; JMH divides by the iteration's time. */
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
        tokens = 0;
    }
}
