package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.testing.TestModels;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ModelQueueTest {

    private static final ChatRequest STORY =
            ChatRequest.builder().messages(UserMessage.from("Once upon a time")).build();

    @Test
    void should_reject_a_request_at_once_while_busy_when_no_queueing_is_allowed() throws Exception {
        try (LlamaCppChatModel model = LlamaCppChatModel.builder()
                .modelPath(TestModels.stories260K())
                .contextSize(512)
                .maxTokens(64)
                .maxQueueWait(Duration.ZERO)
                .build()) {
            CountDownLatch generating = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<ChatResponse> held = new CompletableFuture<>();

            model.streaming().chat(STORY, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String text) {
                    generating.countDown();
                    awaitQuietly(release);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    held.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    held.completeExceptionally(error);
                }
            });
            assertThat(generating.await(60, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> model.chat(STORY))
                    .isInstanceOf(ModelBusyException.class)
                    .hasMessageContaining("busy with another generation");

            release.countDown();
            assertThat(held.get(60, TimeUnit.SECONDS).aiMessage().text()).isNotBlank();
            assertThat(model.chat(STORY).aiMessage().text()).as("free again").isNotBlank();
        }
    }

    @Test
    void should_fail_requests_after_close_instead_of_touching_freed_native_memory() {
        LlamaCppChatModel model = LlamaCppChatModel.builder()
                .modelPath(TestModels.stories260K())
                .contextSize(512)
                .maxTokens(16)
                .build();
        model.close();

        assertThatThrownBy(() -> model.chat(STORY))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is closed");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
