package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.CrmTools;
import dev.crmkit.agent.testing.TestModels;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * stories260K writes nonsense, which is the point: the grammar, not the model, guarantees the format. Runs on
 * both engines.
 */
class ToolGrammarGenerationTest {

    private static final List<ToolSpecification> TOOLS = CrmTools.all();
    private static final Map<LlamaCppEngine, LlamaCppChatModel> MODELS = new EnumMap<>(LlamaCppEngine.class);

    private static LlamaCppChatModel model(LlamaCppEngine engine) {
        if (engine == LlamaCppEngine.CRMKIT) {
            EngineRequirements.requireCrmkitEngine();
        }
        return MODELS.computeIfAbsent(
                engine,
                choice -> LlamaCppChatModel.builder()
                        .modelPath(TestModels.stories260K())
                        .engine(choice)
                        .contextSize(2048)
                        .maxTokens(300)
                        .temperature(1.0)
                        .build());
    }

    @AfterAll
    static void close() {
        MODELS.values().forEach(LlamaCppChatModel::close);
        MODELS.clear();
    }

    @ParameterizedTest
    @EnumSource(names = {"CRMKIT", "JAVA_LLAMA_CPP"})
    void should_make_every_one_of_50_seeded_generations_an_answer_or_a_schema_valid_call(LlamaCppEngine engine) {
        LlamaCppChatModel model = model(engine);
        Set<String> distinct = new HashSet<>();
        for (int seed = 1; seed <= 50; seed++) {
            ChatResponse response = model.chat(request(seed, ToolChoice.AUTO));

            ToolCalls.assertAnswerOrValidCall(response.aiMessage(), TOOLS);
            distinct.add(response.aiMessage().toString().replaceAll("call_[0-9a-f]+", ""));
        }

        assertThat(distinct).as("different seeds explore different outputs").hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(names = {"CRMKIT", "JAVA_LLAMA_CPP"})
    void should_always_call_a_tool_when_one_is_required(LlamaCppEngine engine) {
        LlamaCppChatModel model = model(engine);
        for (int seed = 100; seed < 110; seed++) {
            ChatResponse response = model.chat(request(seed, ToolChoice.REQUIRED));

            assertThat(response.aiMessage().hasToolExecutionRequests()).isTrue();
            ToolCalls.assertAnswerOrValidCall(response.aiMessage(), TOOLS);
        }
    }

    private static ChatRequest request(int seed, ToolChoice choice) {
        return ChatRequest.builder()
                .messages(
                        SystemMessage.from("You are the assistant of a CRM. Use the tools to act."),
                        UserMessage.from("Please add Ada Lovelace, ada@example.org, and remind me to call her."))
                .parameters(LlamaCppChatRequestParameters.builder()
                        .toolSpecifications(TOOLS)
                        .toolChoice(choice)
                        .seed(seed)
                        .build())
                .build();
    }
}
