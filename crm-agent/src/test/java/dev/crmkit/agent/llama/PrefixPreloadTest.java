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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link LlamaCppChatModel#preload} evaluates the system turn (system message and tool descriptions) into the
 * engine's KV cache, on both engines: the first request then reuses it instead of evaluating its whole prompt.
 */
class PrefixPreloadTest {

    private static final List<ToolSpecification> TOOLS = CrmTools.all();

    @ParameterizedTest
    @EnumSource(names = {"CRMKIT", "JAVA_LLAMA_CPP"})
    void should_reuse_the_preloaded_system_turn_in_the_first_request(LlamaCppEngine engine) throws Exception {
        if (engine == LlamaCppEngine.CRMKIT) {
            EngineRequirements.requireCrmkitEngine();
        }
        try (LlamaCppChatModel model = LlamaCppChatModel.builder()
                .modelPath(TestModels.stories260K())
                .engine(engine)
                .contextSize(4096)
                .maxTokens(300)
                .build()) {
            ChatRequest request = ChatRequest.builder()
                    .messages(
                            SystemMessage.from("You are the assistant of a CRM. Use the tools to act."),
                            UserMessage.from("Remind me to call Ada."))
                    .parameters(LlamaCppChatRequestParameters.builder()
                            .toolSpecifications(TOOLS)
                            .toolChoice(ToolChoice.REQUIRED)
                            .seed(3)
                            .build())
                    .build();

            model.preload(request).get(10, TimeUnit.MINUTES);
            ChatResponse response = model.chat(request);

            GenerationStats stats = ((LlamaCppResponseMetadata) response.metadata()).stats();
            assertThat(stats.cachedPromptTokens())
                    .as("the system turn with %d tools was evaluated ahead", TOOLS.size())
                    .isGreaterThan(stats.promptTokens() * 9 / 10);
            ToolCalls.assertAnswerOrValidCall(response.aiMessage(), TOOLS);
            assertThat(response.aiMessage().hasToolExecutionRequests())
                    .as("the tool's arguments follow the choice in the same turn")
                    .isTrue();
        }
    }
}
