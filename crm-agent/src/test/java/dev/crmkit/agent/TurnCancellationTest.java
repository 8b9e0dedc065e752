package dev.crmkit.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A host cancels a turn no one waits for: the model stops generating and no tool call of the turn runs. */
class TurnCancellationTest extends OnTestCrm {

    private final ExecutorService host = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopHost() {
        host.shutdownNow();
    }

    @Test
    void should_stop_a_streaming_model_in_the_middle_of_its_answer_when_the_turn_is_cancelled() {
        EndlessModel model = new EndlessModel();
        TurnCancellation cancellation = new TurnCancellation();
        List<String> streamed = new ArrayList<>();
        try (CrmAgent agent = streaming(model)) {
            // the host's client goes away after the first piece, as a closed stream tells the host
            AgentStreamHandler handler = text -> {
                streamed.add(text);
                cancellation.cancel();
            };

            assertThatThrownBy(() -> agent.chat("gone", "Tell me a story", handler, cancellation))
                    .isInstanceOf(TurnCancelledException.class);

            assertThat(model.handle.isCancelled())
                    .as("the generation was cancelled")
                    .isTrue();
            assertThat(streamed).containsExactly("Once");
            assertThat(agent.history("gone"))
                    .as("the message is not left without a reply")
                    .extracting(AgentMessage::text)
                    .containsExactly(
                            "Tell me a story",
                            "You stopped this answer before it was finished. Nothing was changed. "
                                    + "Ask me to continue if you want the rest.");
        }
    }

    @Test
    void should_cancel_a_streaming_model_that_has_not_written_a_token_yet() throws Exception {
        SilentModel model = new SilentModel();
        TurnCancellation cancellation = new TurnCancellation();
        try (CrmAgent agent = streaming(model)) {
            CompletableFuture<AgentReply> turn =
                    CompletableFuture.supplyAsync(() -> agent.chat("slow", "Hello", text -> {}, cancellation), host);
            assertThat(model.started.await(30, TimeUnit.SECONDS)).isTrue();

            cancellation.cancel();

            assertThatThrownBy(turn::get)
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(TurnCancelledException.class);
            assertThat(model.handle.isCancelled()).isTrue();
            assertThat(agent.chat("slow", "Still there?", text -> {}))
                    .as("the agent serves the next turn")
                    .isNotNull();
        }
    }

    @Test
    void should_run_no_tool_call_of_a_turn_cancelled_while_the_model_wrote_it() {
        TurnCancellation cancellation = new TurnCancellation();
        ScriptedChatModel model = new ScriptedChatModel().then(request -> {
            cancellation.cancel();
            return ScriptedChatModel.call(
                    "create_contact",
                    "{\"firstName\": \"Never\", \"lastName\": \"Made\", \"email\": \"never.made@example.com\"}");
        });
        try (CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build()) {
            assertThatThrownBy(() -> agent.chat("blocking", "Add Never Made", text -> {}, cancellation))
                    .isInstanceOf(TurnCancelledException.class);

            assertThat(crm.contacts().findByEmail("never.made@example.com")).isEmpty();
            assertThat(agent.actions("blocking")).isEmpty();
        }
    }

    @Test
    void should_end_a_turn_still_waiting_for_the_prompt_prefix_when_it_is_cancelled() throws Exception {
        CompletableFuture<Void> prefix = new CompletableFuture<>(); // the model never finishes evaluating it
        PreloadingModel model = new PreloadingModel(prefix);
        TurnCancellation cancellation = new TurnCancellation();
        try (CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build()) {
            CompletableFuture<AgentReply> turn =
                    CompletableFuture.supplyAsync(() -> agent.chat("prefix", "Hello", text -> {}, cancellation), host);
            assertThat(model.preloaded.await(30, TimeUnit.SECONDS)).isTrue();

            cancellation.cancel();

            assertThatThrownBy(() -> turn.get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TurnCancelledException.class);
            assertThat(model.calls).as("the model was never asked").isZero();
        } finally {
            prefix.complete(null);
        }
    }

    @Test
    void should_end_a_turn_cancelled_before_it_started_before_its_first_model_call() {
        TurnCancellation cancellation = new TurnCancellation();
        cancellation.cancel();
        ScriptedChatModel model = new ScriptedChatModel().thenAnswer("Too late.");
        try (CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build()) {
            assertThatThrownBy(() -> agent.chat("early", "Hello", text -> {}, cancellation))
                    .isInstanceOf(TurnCancelledException.class);
        }
    }

    private static CrmAgent streaming(dev.langchain4j.model.chat.StreamingChatModel model) {
        return CrmAgent.builder()
                .crm(crm)
                .chatModel(new ScriptedChatModel().thenAnswer("Blocking."))
                .streamingChatModel(model)
                .build();
    }

    /** A blocking model that evaluates the agent's prompt prefix ahead of the first message, until told it is done. */
    private static final class PreloadingModel implements ChatModel, PromptPreloading {

        final CountDownLatch preloaded = new CountDownLatch(1);
        final CompletableFuture<Void> prefix;
        volatile int calls;

        PreloadingModel(CompletableFuture<Void> prefix) {
            this.prefix = prefix;
        }

        @Override
        public CompletableFuture<Void> preload(ChatRequest request) {
            preloaded.countDown();
            return prefix;
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            calls++;
            return ChatResponse.builder().aiMessage(AiMessage.from("Hello.")).build();
        }
    }

    /**
     * A model that writes "Once" and then goes on generating until its handle is cancelled (its next token would
     * come after the cancellation, so none does).
     */
    private static final class EndlessModel implements CancellableStreamingChatModel {

        final Handle handle = new Handle();

        @Override
        public StreamingHandle start(ChatRequest request, StreamingChatResponseHandler handler) {
            handler.onPartialResponse(new PartialResponse("Once"), new PartialResponseContext(handle));
            return handle;
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            throw new AssertionError("the agent must start a cancellable model through start()");
        }
    }

    /** A model that starts and then says nothing, as one evaluating a long prompt does; then answers. */
    private static final class SilentModel implements CancellableStreamingChatModel {

        final CountDownLatch started = new CountDownLatch(1);
        final Handle handle = new Handle();

        @Override
        public StreamingHandle start(ChatRequest request, StreamingChatResponseHandler handler) {
            if (started.getCount() == 0) {
                handler.onCompleteResponse(dev.langchain4j.model.chat.response.ChatResponse.builder()
                        .aiMessage(dev.langchain4j.data.message.AiMessage.from("Yes."))
                        .build());
                return new Handle();
            }
            started.countDown();
            return handle;
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            throw new AssertionError("the agent must start a cancellable model through start()");
        }
    }

    private static final class Handle implements StreamingHandle {

        private volatile boolean cancelled;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
