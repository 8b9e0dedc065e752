package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.testing.CrmTools;
import dev.crmkit.agent.testing.TestModels;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LlamaCppChatModelBuilder#prefix}: the system turn rendered beside the native load and restored (or
 * evaluated and saved) by {@code build()} serves requests exactly as {@link LlamaCppChatModel#preparePrefix}
 * after the build does.
 */
class BuilderPrefixTest {

    private static final String SYSTEM = "You are the assistant of a CRM. Use the tools to act.";
    private static final List<ToolSpecification> TOOLS = List.of(CrmTools.createContact(), CrmTools.getContact());

    @BeforeEach
    void engine() {
        EngineRequirements.requireCrmkitEngine();
    }

    @Test
    void should_restore_the_prefix_named_at_build_and_answer_as_a_prefix_prepared_after_it(@TempDir Path cache) {
        ChatResponse expected;
        try (LlamaCppChatModel plain = builder().build()) {
            assertThat(plain.prefixRestored()).as("no prefix named").isFalse();
            plain.preparePrefix(SYSTEM, TOOLS);
            expected = plain.chat(request());
        }
        try (LlamaCppChatModel saving =
                builder().prefixCache(cache).prefix(SYSTEM, () -> TOOLS).build()) {
            assertThat(saving.prefixRestored()).as("nothing saved yet").isFalse();
        }

        try (LlamaCppChatModel restored =
                builder().prefixCache(cache).prefix(SYSTEM, () -> TOOLS).build()) {
            assertThat(restored.prefixRestored()).as("restored while building").isTrue();
            ChatResponse response = restored.chat(request());

            assertThat(calls(response)).as("the same greedy output").isEqualTo(calls(expected));
            assertThat(stats(response).cachedPromptTokens())
                    .as("the system turn was not evaluated again")
                    .isEqualTo(stats(expected).cachedPromptTokens())
                    .isPositive();
        }
    }

    @Test
    void should_fail_the_build_with_what_the_tools_supplier_throws() {
        IllegalStateException broken = new IllegalStateException("the tools could not be listed");

        assertThatThrownBy(() -> builder()
                        .prefix(SYSTEM, () -> {
                            throw broken;
                        })
                        .build())
                .isSameAs(broken);
    }

    @Test
    void should_refuse_a_prefix_that_does_not_fit_the_context() {
        assertThatThrownBy(() -> builder()
                        .contextSize(64)
                        .maxTokens(8)
                        .prefix(SYSTEM.repeat(20), List::of)
                        .build())
                .isInstanceOf(ContextOverflowException.class);
    }

    private static LlamaCppChatModelBuilder builder() {
        return LlamaCppChatModel.builder()
                .modelPath(TestModels.stories260K())
                .engine(LlamaCppEngine.CRMKIT)
                .contextSize(1024)
                .maxTokens(256)
                .temperature(0);
    }

    private static ChatRequest request() {
        return ChatRequest.builder()
                .messages(SystemMessage.from(SYSTEM), UserMessage.from("Add Ada Lovelace, ada@example.com"))
                .parameters(ChatRequestParameters.builder()
                        .toolSpecifications(TOOLS)
                        .build())
                .build();
    }

    /** @return the answer text and each call's tool and arguments (call ids are random) */
    private static List<String> calls(ChatResponse response) {
        AiMessage message = response.aiMessage();
        return Stream.concat(
                        Stream.of(String.valueOf(message.text())),
                        message.toolExecutionRequests().stream().map(call -> call.name() + " " + call.arguments()))
                .toList();
    }

    private static GenerationStats stats(ChatResponse response) {
        return ((LlamaCppResponseMetadata) response.metadata()).stats();
    }
}
