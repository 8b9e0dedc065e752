package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.testing.CrmTools;
import dev.crmkit.agent.testing.TestModels;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.output.FinishReason;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LlamaCppChatModelTest {

    private static LlamaCppChatModel model;

    @BeforeAll
    static void load() {
        model = LlamaCppChatModel.builder()
                .modelPath(TestModels.stories260K())
                .contextSize(1024)
                .maxTokens(120)
                .temperature(0.8)
                .build();
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void should_load_a_model_without_template_and_fall_back_to_chatml() {
        assertThat(model.modelMetadata().architecture()).isEqualTo("llama");
        assertThat(model.chatTemplate()).isEqualTo(ChatTemplate.CHATML);
        assertThat(model.contextSize()).isEqualTo(1024);
    }

    @Test
    void should_generate_plain_text_and_report_its_cost() {
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(UserMessage.from("Once upon a time"))
                .build());

        assertThat(response.aiMessage().text()).isNotBlank().doesNotContain("<|im_end|>");
        assertThat(response.finishReason()).isIn(FinishReason.STOP, FinishReason.LENGTH);
        assertThat(response.tokenUsage().outputTokenCount()).isBetween(1, 120);
        GenerationStats stats = ((LlamaCppResponseMetadata) response.metadata()).stats();
        assertThat(stats.promptTokens())
                .isEqualTo(response.tokenUsage().inputTokenCount())
                .isPositive();
    }

    @Test
    void should_repeat_a_generation_with_the_same_seed() {
        ChatRequest request = ChatRequest.builder()
                .messages(UserMessage.from("The cat"))
                .parameters(LlamaCppChatRequestParameters.builder().seed(7).build())
                .build();

        assertThat(model.chat(request).aiMessage().text())
                .isEqualTo(model.chat(request).aiMessage().text());
    }

    @Test
    void should_stream_exactly_the_text_it_returns() throws Exception {
        List<String> pieces = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        model.streaming()
                .chat(
                        ChatRequest.builder()
                                .messages(UserMessage.from("Once upon a time"))
                                .build(),
                        handler(pieces, done));

        ChatResponse response = done.get(60, TimeUnit.SECONDS);
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(String.join("", pieces)).isEqualTo(response.aiMessage().text());
    }

    @Test
    void should_stream_an_answer_as_decoded_text_or_deliver_a_tool_call_whole() throws Exception {
        for (int seed = 1; seed <= 5; seed++) {
            List<String> pieces = new CopyOnWriteArrayList<>();
            List<CompleteToolCall> calls = new CopyOnWriteArrayList<>();
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            StreamingChatResponseHandler handler = handler(pieces, done);

            model.streaming()
                    .chat(withTools(seed, UserMessage.from("Add Ada Lovelace")), new StreamingChatResponseHandler() {
                        @Override
                        public void onPartialResponse(String text) {
                            handler.onPartialResponse(text);
                        }

                        @Override
                        public void onCompleteToolCall(CompleteToolCall call) {
                            calls.add(call);
                        }

                        @Override
                        public void onCompleteResponse(ChatResponse response) {
                            handler.onCompleteResponse(response);
                        }

                        @Override
                        public void onError(Throwable error) {
                            handler.onError(error);
                        }
                    });

            AiMessage message = done.get(60, TimeUnit.SECONDS).aiMessage();
            ToolCalls.assertAnswerOrValidCall(message, CrmTools.all());
            if (message.hasToolExecutionRequests()) {
                assertThat(pieces).as("no text streams for a tool call").isEmpty();
                assertThat(calls)
                        .extracting(CompleteToolCall::toolExecutionRequest)
                        .containsExactlyElementsOf(message.toolExecutionRequests());
            } else {
                assertThat(String.join("", pieces)).isEqualTo(message.text());
            }
        }
    }

    @Test
    void should_reuse_the_stable_system_prompt_between_turns() {
        model.chat(ChatRequest.builder()
                .messages(UserMessage.from("Something unrelated"))
                .build());

        GenerationStats first = stats(model.chat(withTools(1, UserMessage.from("Add Ada Lovelace"))));
        GenerationStats second = stats(model.chat(withTools(2, UserMessage.from("Find contact 42"))));

        assertThat(first.cachedPromptTokens())
                .as("a new system prompt is evaluated")
                .isLessThan(first.promptTokens() / 2);
        assertThat(second.cachedPromptTokens())
                .as("the system prompt and tool descriptions come from the cache")
                .isGreaterThan(second.promptTokens() * 9 / 10);
    }

    @Test
    void should_drop_the_oldest_turns_when_the_conversation_outgrows_the_context() {
        List<ChatMessage> conversation = new ArrayList<>();
        conversation.add(SystemMessage.from("You tell stories."));
        for (int turn = 0; turn < 40; turn++) {
            conversation.add(UserMessage.from("Tell me about the little dog number " + turn + " and its red ball."));
            conversation.add(AiMessage.from("The little dog number " + turn + " played with its red ball all day."));
        }
        conversation.add(UserMessage.from("And then?"));

        ChatResponse response =
                model.chat(ChatRequest.builder().messages(conversation).build());

        GenerationStats stats = stats(response);
        assertThat(stats.droppedMessages()).isPositive().isEven();
        assertThat(stats.promptTokens() + 120).isLessThanOrEqualTo(model.contextSize());
    }

    @Test
    void should_fail_clearly_when_even_the_latest_message_does_not_fit() {
        ChatRequest huge = ChatRequest.builder()
                .messages(UserMessage.from("dog ".repeat(2000)))
                .build();

        assertThatThrownBy(() -> model.chat(huge))
                .isInstanceOf(ContextOverflowException.class)
                .hasMessageContaining("raise contextSize");
    }

    @Test
    void should_stop_streaming_when_cancelled_and_stay_usable() throws Exception {
        List<String> pieces = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> completed = new CompletableFuture<>();
        CompletableFuture<Void> cancelled = new CompletableFuture<>();

        model.streaming()
                .chat(
                        ChatRequest.builder()
                                .messages(UserMessage.from("Once upon a time"))
                                .build(),
                        new StreamingChatResponseHandler() {
                            @Override
                            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                                pieces.add(partial.text());
                                context.streamingHandle().cancel();
                                cancelled.complete(null);
                            }

                            @Override
                            public void onCompleteResponse(ChatResponse response) {
                                completed.complete(response);
                            }

                            @Override
                            public void onError(Throwable error) {
                                completed.completeExceptionally(error);
                            }
                        });
        cancelled.get(60, TimeUnit.SECONDS);
        // One generation at a time: this call runs only after the cancelled one has ended.
        ChatResponse next = model.chat(
                ChatRequest.builder().messages(UserMessage.from("The end")).build());

        assertThat(pieces).hasSize(1);
        assertThat(completed).as("a cancelled stream gets no more callbacks").isNotDone();
        assertThat(next.aiMessage().text()).isNotBlank();
    }

    private static ChatRequest withTools(int seed, UserMessage message) {
        return ChatRequest.builder()
                .messages(SystemMessage.from("You are the assistant of a CRM."), message)
                .parameters(LlamaCppChatRequestParameters.builder()
                        .toolSpecifications(CrmTools.all())
                        .seed(seed)
                        .build())
                .build();
    }

    private static GenerationStats stats(ChatResponse response) {
        return ((LlamaCppResponseMetadata) response.metadata()).stats();
    }

    private static StreamingChatResponseHandler handler(List<String> pieces, CompletableFuture<ChatResponse> done) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String text) {
                pieces.add(text);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        };
    }
}
