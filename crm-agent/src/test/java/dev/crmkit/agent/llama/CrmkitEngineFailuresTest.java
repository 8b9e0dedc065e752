package dev.crmkit.agent.llama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.gguf.GgufWriter;
import dev.crmkit.agent.testing.TestModels;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user can do wrong never crashes the JVM on crmkit's engine: each case ends in an exception that says
 * what happened, and the JVM (this test run) goes on. Requests two threads send at once are covered by
 * {@link ModelQueueTest}, which runs on the default engine.
 */
class CrmkitEngineFailuresTest {

    @TempDir
    Path directory;

    @BeforeEach
    void engine() {
        EngineRequirements.requireCrmkitEngine();
    }

    private LlamaCppChatModelBuilder crmkit(Path model) {
        return LlamaCppChatModel.builder()
                .modelPath(model)
                .engine(LlamaCppEngine.CRMKIT)
                .threads(1)
                .contextSize(512)
                .maxTokens(64);
    }

    @Test
    void should_refuse_a_truncated_model() throws IOException {
        Path model = TestModels.tinyChatMlModel(directory);
        try (RandomAccessFile file = new RandomAccessFile(model.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }

        assertThatThrownBy(() -> crmkit(model).build())
                .isInstanceOf(LlamaCppException.class)
                .hasMessageContaining("could not load tiny-chatml.gguf")
                .hasMessageContaining("checksum");
    }

    @Test
    void should_refuse_a_model_whose_tensors_are_missing() {
        Path model = directory.resolve("no-tensors.gguf");
        new GgufWriter()
                .putString("general.architecture", "llama")
                .putUInt32("llama.context_length", 512)
                .write(model);

        assertThatThrownBy(() -> crmkit(model).build())
                .isInstanceOf(LlamaCppException.class)
                .hasMessageContaining("could not load no-tensors.gguf");
    }

    @Test
    void should_name_an_architecture_llama_cpp_does_not_know() {
        Path model = directory.resolve("future.gguf");
        new GgufWriter().putString("general.architecture", "crmkit-future").write(model);

        assertThatThrownBy(() -> crmkit(model).build())
                .isInstanceOf(UnsupportedArchitectureException.class)
                .hasMessageContaining("crmkit-future");
    }

    @Test
    void should_refuse_a_conversation_that_outgrows_the_context() {
        try (LlamaCppChatModel model =
                crmkit(TestModels.stories260K()).contextSize(128).build()) {
            String story = "Once upon a time there was a little girl. ".repeat(40);

            assertThatThrownBy(() -> model.chat(UserMessage.from(story)))
                    .isInstanceOf(ContextOverflowException.class)
                    .hasMessageContaining("raise contextSize");
        }
    }

    @Test
    void should_end_a_generation_with_a_clear_exception_when_the_model_is_closed_under_it() throws Exception {
        LlamaCppChatModel model =
                crmkit(TestModels.tinyChatMlModel(directory)).maxTokens(400).build();
        CountDownLatch generating = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();

        model.streaming()
                .chat(
                        ChatRequest.builder()
                                .messages(UserMessage.from("Tell a long story"))
                                .build(),
                        new StreamingChatResponseHandler() {
                            @Override
                            public void onPartialResponse(String text) {
                                if (generating.getCount() > 0) {
                                    generating.countDown();
                                    awaitQuietly(closing);
                                }
                            }

                            @Override
                            public void onCompleteResponse(ChatResponse response) {
                                failure.complete(new AssertionError("finished despite the close: " + response));
                            }

                            @Override
                            public void onError(Throwable error) {
                                failure.complete(error);
                            }
                        });
        assertThat(generating.await(2, TimeUnit.MINUTES)).isTrue();
        // The generation resumes only once close() has marked the model closed and waits for it: a tiny
        // model otherwise finishes its remaining tokens before close() gets there.
        Thread closer = new Thread(model::close, "closer");
        closer.start();
        while (closer.getState() != Thread.State.WAITING && closer.isAlive()) {
            Thread.onSpinWait();
        }
        closing.countDown();
        closer.join(TimeUnit.MINUTES.toMillis(2));

        assertThat(failure.get(2, TimeUnit.MINUTES))
                .isInstanceOf(GenerationCancelledException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> model.chat(UserMessage.from("again")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
