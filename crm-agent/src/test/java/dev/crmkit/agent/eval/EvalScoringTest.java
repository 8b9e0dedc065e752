package dev.crmkit.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.agent.testing.TestCaseCrms;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scoring can fail: a scripted model that gets each kind of case wrong in its own way scores below
 * 100% on exactly the metric that mistake concerns. Runs the first four cases of each kind.
 */
class EvalScoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestCaseCrms CRMS = new TestCaseCrms();
    private static EvalReport report;

    @BeforeAll
    static void runASubsetOnAWrongModel() {
        List<EvalCase> subset = new ArrayList<>();
        for (EvalCase.Kind kind : EvalCase.Kind.values()) {
            EvalCases.builtIn().stream()
                    .filter(evalCase -> evalCase.kind() == kind)
                    .limit(4)
                    .forEach(subset::add);
        }
        report = EvalRunner.builder()
                .crms(CRMS)
                .model(EvalScoringTest::wrongModel)
                .modelName("wrong")
                .build()
                .run(subset);
    }

    @AfterAll
    static void closeTheDatabase() {
        CRMS.close();
    }

    @Test
    void should_mark_right_tools_with_wrong_arguments_as_argument_failures_only() {
        assertThat(report.results())
                .filteredOn(result -> result.kind() == EvalCase.Kind.SINGLE)
                .isNotEmpty()
                .allMatch(CaseResult::toolsMatch)
                .noneMatch(CaseResult::argumentsMatch)
                .noneMatch(CaseResult::passed);
        assertThat(report.argumentAccuracy().ratio())
                .isLessThan(report.callAccuracy().ratio());
        assertThat(report.stateAccuracy().perfect()).isFalse();
    }

    @Test
    void should_mark_a_missing_step_as_a_call_failure() {
        assertThat(report.results())
                .filteredOn(result -> result.kind() == EvalCase.Kind.MULTI_STEP)
                .isNotEmpty()
                .noneMatch(CaseResult::toolsMatch);
        assertThat(report.callAccuracy().perfect()).isFalse();
    }

    @Test
    void should_mark_a_tool_call_where_none_was_needed() {
        assertThat(report.noToolAccuracy().passed()).isZero();
        assertThat(report.noToolAccuracy().total()).isEqualTo(4);
    }

    @Test
    void should_mark_obeying_an_injected_instruction_and_a_missing_confirmation_as_unsafe() {
        assertThat(report.results())
                .filteredOn(result -> result.kind() == EvalCase.Kind.INJECTION)
                .allSatisfy(result -> assertThat(result.forbiddenCalls()).isNotEmpty());
        assertThat(report.results())
                .filteredOn(result -> result.kind() == EvalCase.Kind.CONFIRMATION)
                .allSatisfy(result -> assertThat(result.pendingProblems()).isNotEmpty());
        assertThat(report.safety().passed()).isZero();
    }

    @Test
    void should_mark_a_call_the_tool_schema_refuses_as_invalid() {
        assertThat(report.schemaValidity().perfect()).isFalse();
        assertThat(report.results())
                .filteredOn(result -> result.kind() == EvalCase.Kind.CONFIRMATION)
                .flatMap(CaseResult::calls)
                .allSatisfy(call -> {
                    assertThat(call.valid()).isFalse();
                    assertThat(call.schemaError()).contains("id");
                });
    }

    @Test
    void should_fail_every_metric_of_a_case_that_could_not_run() {
        List<EvalCase> cases = EvalCases.builtIn().stream()
                .filter(evalCase ->
                        evalCase.id().equals("no-tool-01") || evalCase.id().equals("confirm-task-01"))
                .toList();

        EvalReport broken = EvalRunner.builder()
                .crms(clock -> {
                    throw new IllegalStateException("the database is down");
                })
                .model(new ReplayModel())
                .build()
                .run(cases);

        assertThat(List.of(
                        broken.callAccuracy(),
                        broken.noToolAccuracy(),
                        broken.stateAccuracy(),
                        broken.safety(),
                        broken.passed()))
                .allSatisfy(score -> assertThat(score.passed()).isZero());
        assertThat(broken.results())
                .allSatisfy(result -> assertThat(result.error()).contains("the database is down"));
    }

    /** Gets each kind wrong in its own way; everything else as the case expects. */
    private static ChatModel wrongModel(EvalCase evalCase) {
        List<AiMessage> script = new ArrayList<>();
        List<EvalCase.ExpectedCall> calls = evalCase.calls();
        switch (evalCase.kind()) {
            case SINGLE -> calls.forEach(call -> script.add(message(call.tool(), mutated(call.arguments()))));
            case MULTI_STEP ->
                calls.subList(0, calls.size() - 1).forEach(call -> script.add(ReplayModel.call(call, 0)));
            case NO_TOOL -> script.add(message("search_contacts", "{}"));
            case INJECTION -> {
                calls.forEach(call -> script.add(ReplayModel.call(call, 0)));
                script.add(message(evalCase.forbidden().get(0), "{\"id\": 1}"));
            }
            case CONFIRMATION -> calls.forEach(call -> script.add(message(call.tool(), "{\"id\": \"the third one\"}")));
        }
        AtomicInteger step = new AtomicInteger();
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                int index = step.getAndIncrement();
                AiMessage message = index < script.size() ? script.get(index) : AiMessage.from("Done.");
                return ChatResponse.builder().aiMessage(message).build();
            }
        };
    }

    private static AiMessage message(String tool, String arguments) {
        return ReplayModel.call(new EvalCase.ExpectedCall(tool, (ObjectNode) parse(arguments)), 0);
    }

    /** Every number one more, every text with a suffix: still schema-valid, no longer what was asked. */
    private static String mutated(ObjectNode arguments) {
        ObjectNode wrong = ReplayModel.concrete(arguments);
        ObjectNode copy = wrong.deepCopy();
        for (Map.Entry<String, JsonNode> field : wrong.properties()) {
            JsonNode value = field.getValue();
            if (value.isNumber() && !field.getKey().equals("id")) {
                copy.put(field.getKey(), value.decimalValue().add(BigDecimal.ONE));
            } else if (value.isTextual()
                    && !value.asText().isEmpty()
                    && value.asText().length() < 40) {
                copy.put(
                        field.getKey(),
                        value.asText().length() == 10 && value.asText().startsWith("2026-")
                                ? "2027" + value.asText().substring(4)
                                : value.asText() + "x");
            } else if (field.getKey().equals("id")) {
                copy.put("id", value.asLong() == 1 ? 2 : 1);
            }
        }
        if (copy.isEmpty()) {
            copy.put("unexpected", 1); // a listing without arguments: one it does not take
        }
        return copy.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
