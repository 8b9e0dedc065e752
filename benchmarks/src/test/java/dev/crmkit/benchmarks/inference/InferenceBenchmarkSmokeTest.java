package dev.crmkit.benchmarks.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmkit.benchmarks.BenchmarkSmoke;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InferenceBenchmarkSmokeTest {

    private static final Map<String, String[]> SMALL = Map.of(
            "prefixTokens", new String[] {"100"},
            "maxTokens", new String[] {"200"});

    @Test
    void should_run_every_inference_benchmark_on_a_tiny_random_model() {
        assertThat(BenchmarkSmoke.run(InferenceBenchmark.class.getName(), with("model", "tiny")))
                .hasSize(8); // four benchmarks, each on both engines
    }

    @Test
    void should_run_every_inference_benchmark_on_stories260K() {
        requireStories();
        assertThat(BenchmarkSmoke.run(InferenceBenchmark.class.getName(), with("model", "stories260K")))
                .hasSize(8); // four benchmarks, each on both engines
    }

    private static Map<String, String[]> with(String name, String value) {
        Map<String, String[]> parameters = new HashMap<>(SMALL);
        parameters.put(name, new String[] {value});
        return parameters;
    }

    private static void requireStories() {
        try {
            BenchmarkModels.stories260K();
        } catch (IllegalStateException missing) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true, where nothing may skip: " + missing.getMessage());
            }
            assumeTrue(false, missing.getMessage());
        }
    }
}
