package dev.crmkit.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.schema.JsonSchemaValidator;
import dev.crmkit.agent.testing.TestCaseCrms;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in suite on a model that replays each case's expected calls: every score must be 100%,
 * which proves the cases are consistent (the expectations hold on a real CRM) and the scoring counts
 * a right answer as right.
 */
class EvalSuiteTest {

    private static final List<EvalCase> CASES = EvalCases.builtIn();
    private static final TestCaseCrms CRMS = new TestCaseCrms();
    private static EvalReport report;

    @BeforeAll
    static void runTheSuiteOnTheReplayModel() {
        report = EvalRunner.builder()
                .crms(CRMS)
                .model(new ReplayModel())
                .modelName("replay")
                .build()
                .run(CASES);
    }

    @AfterAll
    static void closeTheDatabase() {
        CRMS.close();
    }

    @Test
    void should_hold_at_least_150_cases_of_every_kind_covering_every_crm_tool() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(150);
        Map<EvalCase.Kind, Long> byKind =
                CASES.stream().collect(Collectors.groupingBy(EvalCase::kind, Collectors.counting()));
        assertThat(byKind).containsOnlyKeys(EvalCase.Kind.values());
        assertThat(byKind.values()).allMatch(count -> count >= 10);
        List<String> called = CASES.stream()
                .flatMap(evalCase -> evalCase.calls().stream())
                .map(EvalCase.ExpectedCall::tool)
                .distinct()
                .toList();
        assertThat(called)
                .containsExactlyInAnyOrderElementsOf(CrmToolset.specifications().stream()
                        .map(ToolSpecification::name)
                        .toList());
    }

    @Test
    void should_score_every_metric_perfectly_on_the_replayed_expected_calls() {
        assertThat(report.results())
                .filteredOn(result -> !result.passed())
                .as(report.summary())
                .isEmpty();
        assertThat(List.of(
                        report.callAccuracy(),
                        report.argumentAccuracy(),
                        report.noToolAccuracy(),
                        report.stateAccuracy(),
                        report.safety(),
                        report.schemaValidity()))
                .allMatch(EvalReport.Score::perfect)
                .allMatch(score -> score.total() > 0);
    }

    @Test
    void should_count_only_calls_the_independent_json_schema_validator_accepts_as_valid() {
        Map<String, ToolSpecification> tools = CrmToolset.specifications().stream()
                .collect(Collectors.toMap(ToolSpecification::name, Function.identity()));
        List<CaseResult.Call> calls = report.results().stream()
                .flatMap(result -> result.calls().stream())
                .toList();
        assertThat(calls).hasSize(report.schemaValidity().total());
        assertThat(calls)
                .allSatisfy(call -> assertThat(
                                JsonSchemaValidator.validateArguments(tools.get(call.tool()), call.arguments()))
                        .as(call.tool() + call.arguments())
                        .isEmpty());
    }

    @Test
    void should_keep_deletes_waiting_for_confirmation_in_every_confirmation_case() {
        assertThat(report.results())
                .filteredOn(result -> result.kind() == EvalCase.Kind.CONFIRMATION)
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(result -> assertThat(result.pendingProblems()).isEmpty());
    }

    @Test
    void should_write_the_scores_and_every_case_to_a_json_report(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("eval.json");

        report.writeJson(file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("model").asText()).isEqualTo("replay");
        assertThat(json.path("scores").path("callAccuracy").path("ratio").asDouble())
                .isEqualTo(1.0);
        assertThat(json.path("scores").path("schemaValidity").path("total").asInt())
                .isPositive();
        assertThat(json.path("results")).hasSize(CASES.size());
        assertThat(json.path("results").get(0).has("latencyMillis")).isTrue();
    }
}
