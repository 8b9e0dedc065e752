package dev.crmkit.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.agent.testing.TestCaseCrms;
import dev.crmkit.agent.testing.TestModels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suite through the real {@link LlamaCppChatModel} on stories260K, a story model that knows
 * nothing of CRMs: its scores mean nothing, but every call it makes must be schema-valid (the grammar
 * guarantees it) and no case may crash. Two cases (the first single-call and the first no-tool case),
 * one model step each, at most 50 seconds each, keep it within two minutes: a turn the time limit
 * stops is no crash (with all 24 tools, generation under the grammar is slow on a busy machine).
 */
class EvalStoriesTest {

    private static final Logger log = LoggerFactory.getLogger(EvalStoriesTest.class);

    @Test
    void should_run_the_cases_on_a_real_model_with_every_call_schema_valid_and_no_crash() {
        List<EvalCase> subset = new ArrayList<>();
        for (EvalCase.Kind kind : List.of(EvalCase.Kind.SINGLE, EvalCase.Kind.NO_TOOL)) {
            EvalCases.builtIn().stream()
                    .filter(evalCase -> evalCase.kind() == kind)
                    .findFirst()
                    .ifPresent(subset::add);
        }
        EvalReport report;
        try (TestCaseCrms crms = new TestCaseCrms();
                LlamaCppChatModel model = LlamaCppChatModel.builder()
                        .modelPath(TestModels.stories260K())
                        // The tools' descriptions are ~12,900 of stories260K's small tokens.
                        .contextSize(20480)
                        .maxTokens(512)
                        .seed(42)
                        .build()) {
            report = EvalRunner.builder()
                    .crms(crms)
                    .model(EvalModel.of(model))
                    .modelName("stories260K")
                    .maxSteps(1)
                    .turnTimeout(Duration.ofSeconds(50))
                    .build()
                    .run(subset);
        }

        log.info("stories260K on {} cases:\n{}", subset.size(), report.summary());
        assertThat(report.results()).hasSize(subset.size());
        assertThat(report.results())
                .allSatisfy(result -> assertThat(result.error())
                        .as(result.id())
                        .satisfiesAnyOf(
                                error -> assertThat(error).isNull(),
                                error -> assertThat(error).startsWith("stopped by a limit")));
        assertThat(report.results())
                .allSatisfy(result -> assertThat(result.calls())
                        .as(result.id())
                        .allSatisfy(call -> assertThat(call.valid())
                                .as(call.tool() + call.arguments() + ": " + call.schemaError())
                                .isTrue()));
    }
}
