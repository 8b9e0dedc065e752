package dev.crmkit.benchmarks.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.eval.EvalReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalMainTest {

    @Test
    void should_score_the_replay_model_perfectly_on_fresh_databases_and_report_each_case() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        EvalReport report = EvalMain.run(
                "replay",
                Map.of("kind", "multi_step,confirmation", "limit", "6"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(report.results()).hasSize(6);
        assertThat(report.passed().perfect()).as(report.summary()).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("confirm-contact-01")
                .contains("passed");
    }
}
