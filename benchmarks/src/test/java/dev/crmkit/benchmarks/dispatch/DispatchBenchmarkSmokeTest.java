package dev.crmkit.benchmarks.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.benchmarks.BenchmarkSmoke;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DispatchBenchmarkSmokeTest {

    @Test
    void should_run_every_dispatch_benchmark_on_every_backend() {
        assertThat(BenchmarkSmoke.run(DispatchBenchmark.class.getName(), Map.of()))
                .hasSize(2 * 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"noop", "jpa", "mybatis"})
    void should_measure_successful_calls_not_the_error_path(String backend) {
        DispatchBenchmark benchmark = new DispatchBenchmark();
        benchmark.backend = backend;
        benchmark.setUp();
        try {
            ToolResult read = benchmark.getContact();
            ToolResult written = benchmark.createContact();
            ToolResult writtenAgain = benchmark.createContact();

            assertThat(read.status()).isEqualTo(ToolResult.Status.SUCCESS);
            assertThat(read.content()).contains("\"email\":");
            assertThat(written.status()).isEqualTo(ToolResult.Status.SUCCESS);
            assertThat(writtenAgain.status()).isEqualTo(ToolResult.Status.SUCCESS);
        } finally {
            benchmark.tearDown();
        }
    }
}
