package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.llama.ChatTemplate.Role;
import dev.crmkit.agent.llama.ChatTemplate.Turn;
import dev.crmkit.agent.testing.CrmTools;
import dev.crmkit.agent.testing.TestModels;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs on any machine: the tests write tiny random-weight models with chat templates. Random weights
 * pick among allowed tokens almost uniformly, so they also push every string to its bound.
 */
class TemplateModelTest {

    @TempDir
    Path directory;

    @Test
    void should_use_the_chatml_template_of_the_file_and_keep_random_weights_inside_the_grammar() {
        try (LlamaCppChatModel model = LlamaCppChatModel.builder()
                .modelPath(TestModels.tinyChatMlModel(directory))
                .contextSize(2048)
                .maxTokens(400)
                .temperature(1.5)
                .build()) {
            assertThat(model.chatTemplate()).isEqualTo(ChatTemplate.CHATML);

            for (int seed = 1; seed <= 20; seed++) {
                ChatResponse response = model.chat(ChatRequest.builder()
                        .messages(UserMessage.from("Add Ada Lovelace"))
                        .parameters(LlamaCppChatRequestParameters.builder()
                                .toolSpecifications(CrmTools.all())
                                .seed(seed)
                                .build())
                        .build());

                ToolCalls.assertAnswerOrValidCall(response.aiMessage(), CrmTools.all());
            }
        }
    }

    @Test
    void should_tokenize_the_markers_of_a_llama3_template_as_single_special_tokens() {
        try (LlamaCppChatModel model = LlamaCppChatModel.builder()
                .modelPath(TestModels.tinyLlama3Model(directory))
                .contextSize(512)
                .maxTokens(32)
                .build()) {
            assertThat(model.chatTemplate()).isEqualTo(ChatTemplate.LLAMA3);
            String prompt = ChatTemplate.LLAMA3
                    .render(List.of(new Turn(Role.USER, "Hi")), true)
                    .text();

            ChatResponse response = model.chat(
                    ChatRequest.builder().messages(UserMessage.from("Hi")).build());

            int promptTokens =
                    ((LlamaCppResponseMetadata) response.metadata()).stats().promptTokens();
            assertThat(promptTokens)
                    .as(
                            "five markers as five tokens, not %s bytes of text",
                            prompt.getBytes(StandardCharsets.UTF_8).length)
                    .isLessThan(prompt.getBytes(StandardCharsets.UTF_8).length / 2);
            assertThat(response.aiMessage().text()).isNotNull();
        }
    }
}
