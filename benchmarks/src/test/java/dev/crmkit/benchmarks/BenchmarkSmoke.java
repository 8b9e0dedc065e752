package dev.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs benchmarks the way JMH does, in this JVM, with one short iteration and the parameters given:
 * not to measure anything, but so a benchmark that no longer sets up, runs or tears down fails the build.
 */
public final class BenchmarkSmoke {

    private BenchmarkSmoke() {}

    /**
     * @param benchmarkRegex which benchmark methods (JMH's include pattern)
     * @param parameters     parameter values to use instead of the benchmarks' defaults
     * @return one result per benchmark method and parameter combination, each checked to have a score
     */
    public static Collection<RunResult> run(String benchmarkRegex, Map<String, String[]> parameters) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmarkRegex)
                .forks(0)
                .threads(1)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true);
        parameters.forEach(options::param);
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new AssertionError("JMH failed to run " + benchmarkRegex + ": " + e.getMessage(), e);
        }
        assertThat(results).as("benchmarks matching %s", benchmarkRegex).isNotEmpty();
        for (RunResult result : results) {
            assertThat(result.getPrimaryResult().getSampleCount())
                    .as("samples of %s %s", result.getParams().getBenchmark(), result.getParams())
                    .isPositive();
        }
        return results;
    }
}
