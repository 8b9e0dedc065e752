package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.CancellableStreamingChatModel;
import dev.crmkit.examples.testing.ScriptedChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A client that closes the chat stream stops the model: no one reads the rest of the answer. The turn's time limit
 * is far away, so only the closed stream can stop it within the test.
 */
@WebAppTest
@TestPropertySource(properties = "crm.agent.turn-timeout=30m")
@Import(ChatStreamCancellationTest.Models.class)
class ChatStreamCancellationTest {

    @TestConfiguration
    static class Models {
        @Bean
        ScriptedChatModel scriptedChatModel() {
            return new ScriptedChatModel();
        }

        @Bean
        EndlessModel endlessModel() {
            return new EndlessModel();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    EndlessModel model;

    @Test
    void should_stop_the_model_when_the_client_closes_the_stream() throws IOException, InterruptedException {
        ApiClient api = new ApiClient(port);
        InputStream stream = api.open(api.request("/api/v1/chat/stream")
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"conversation_id\": \"gone-" + UUID.randomUUID()
                        + "\", \"message\": \"Tell me a story\"}")));
        BufferedReader events = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        String line;
        do {
            line = events.readLine();
        } while (line != null && !line.startsWith("event:text"));
        assertThat(line).as("the answer started").isNotNull();

        stream.close();

        assertThat(model.cancelled.await(60, TimeUnit.SECONDS))
                .as("the generation was cancelled, long before the turn's time limit")
                .isTrue();
    }

    /** Writes "Once upon a time" for ever, on its own thread, until its handle is cancelled. */
    static final class EndlessModel implements CancellableStreamingChatModel {

        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public StreamingHandle start(ChatRequest request, StreamingChatResponseHandler handler) {
            Handle handle = new Handle(cancelled);
            Thread generation = new Thread(() -> {
                PartialResponseContext context = new PartialResponseContext(handle);
                while (!handle.isCancelled()) {
                    handler.onPartialResponse(new PartialResponse("Once upon a time "), context);
                }
            });
            generation.setDaemon(true);
            generation.start();
            return handle;
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            throw new AssertionError("the agent must start a cancellable model through start()");
        }
    }

    private static final class Handle implements StreamingHandle {

        private final CountDownLatch cancelled;

        Handle(CountDownLatch cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public void cancel() {
            cancelled.countDown();
        }

        @Override
        public boolean isCancelled() {
            return cancelled.getCount() == 0;
        }
    }
}
