package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.gguf.GgufTensorType;
import dev.crmkit.agent.gguf.ModelShape;
import dev.crmkit.agent.gguf.RandomWeightsModel;
import dev.crmkit.agent.testing.CrmTools;
import dev.crmkit.agent.testing.TestModels;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The architectures of today's best small tool-calling models load on crmkit's engine and call a CRM tool
 * under the grammar, with their chat format rendered in Java. The models are random-weight files in the real
 * shapes (width, heads, head width, feed-forward width, q/k norms, post norms, sliding window), shrunk to one
 * or two blocks and a 2,048-token vocabulary so CI writes and runs them in seconds.
 */
class CurrentArchitecturesTest {

    private static final List<ToolSpecification> TOOLS = CrmTools.all();
    /** Qwen3's template as it ships: ChatML, and a think block unless enable_thinking is false. */
    private static final String QWEN3_JINJA = TestModels.CHATML_JINJA
            + "{%- if enable_thinking is defined and enable_thinking is false %}{{- '<think>\\n\\n</think>\\n\\n' }}"
            + "{%- endif %}";

    private static final String GEMMA3_JINJA = "{{ bos_token }}{% for message in messages %}{{ '<start_of_turn>' + "
            + "message['role'] + '\\n' + message['content'] | trim + '<end_of_turn>\\n' }}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<start_of_turn>model\\n' }}{% endif %}";

    record Case(
            String name,
            ModelShape shape,
            String jinja,
            List<String> controlTokens,
            String eos,
            ChatTemplate expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> architectures() {
        List<String> chatMl = List.of("<|im_start|>", "<|im_end|>", "<think>", "</think>");
        return Stream.of(
                new Case(
                        "Qwen3-0.6B",
                        ModelShape.qwen3ZeroSixB().shrunk(2, 2048),
                        QWEN3_JINJA,
                        chatMl,
                        "<|im_end|>",
                        ChatTemplate.QWEN3),
                new Case(
                        "Qwen3-1.7B",
                        ModelShape.qwen3OneSevenB().shrunk(1, 2048),
                        QWEN3_JINJA,
                        chatMl,
                        "<|im_end|>",
                        ChatTemplate.QWEN3),
                new Case(
                        "Gemma-3-1B",
                        ModelShape.gemma3OneB().shrunk(2, 2048),
                        GEMMA3_JINJA,
                        List.of("<start_of_turn>", "<end_of_turn>"),
                        "<end_of_turn>",
                        ChatTemplate.GEMMA),
                new Case(
                        "Llama-3.2-1B",
                        ModelShape.llama32OneB().shrunk(1, 2048),
                        TestModels.LLAMA3_JINJA,
                        List.of("<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"),
                        "<|eot_id|>",
                        ChatTemplate.LLAMA3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("architectures")
    void should_load_the_architecture_and_call_a_tool_under_the_grammar(Case architecture, @TempDir Path directory) {
        EngineRequirements.requireCrmkitEngine();
        Path file = directory.resolve(architecture.name() + ".gguf");
        RandomWeightsModel.of(architecture.shape())
                .weightType(GgufTensorType.Q8_0)
                .name(architecture.name() + " shape, random weights")
                .chatTemplate(architecture.jinja())
                .controlTokens(architecture.controlTokens())
                .eosToken(architecture.eos())
                .write(file);

        try (LlamaCppChatModel model = LlamaCppChatModel.builder()
                .modelPath(file)
                .engine(LlamaCppEngine.CRMKIT)
                .threads(1)
                .contextSize(2048)
                .maxTokens(160)
                .build()) {
            ChatResponse response = model.chat(ChatRequest.builder()
                    .messages(
                            SystemMessage.from("You are the assistant of a CRM. Use the tools to act."),
                            UserMessage.from("Add Ada Lovelace, ada@example.org."))
                    .parameters(LlamaCppChatRequestParameters.builder()
                            .toolSpecifications(TOOLS)
                            .toolChoice(ToolChoice.REQUIRED)
                            .seed(7)
                            .build())
                    .build());

            assertThat(model.chatTemplate()).isEqualTo(architecture.expected());
            assertThat(model.modelMetadata().architecture())
                    .isEqualTo(architecture.shape().architecture());
            assertThat(model.engineMetadata())
                    .containsEntry("general.architecture", architecture.shape().architecture());
            assertThat(response.aiMessage().hasToolExecutionRequests()).isTrue();
            ToolCalls.assertAnswerOrValidCall(response.aiMessage(), TOOLS);
        }
    }
}
