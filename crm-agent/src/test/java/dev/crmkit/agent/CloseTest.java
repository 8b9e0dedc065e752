package dev.crmkit.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Closing an agent ends the model calls in progress, refuses new turns and leaves the record readable. */
class CloseTest extends OnTestCrm {

    private final ExecutorService host = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopHost() {
        host.shutdownNow();
    }

    @Test
    void should_interrupt_a_blocking_model_call_and_end_its_turn_when_closed() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ScriptedChatModel model = new ScriptedChatModel().then(request -> {
            entered.countDown();
            try {
                new CountDownLatch(1).await(); // generates until stopped
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return AiMessage.from("too late");
        });
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        CompletableFuture<AgentReply> turn = CompletableFuture.supplyAsync(() -> agent.chat("c", "Hello"), host);
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        agent.close();

        assertThatThrownBy(turn::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(AgentException.class)
                .hasMessageContaining("shut down");
        assertThat(interrupted.await(30, TimeUnit.SECONDS))
                .as("the model's thread was interrupted")
                .isTrue();
        assertThat(agent.history("c"))
                .as("the message is not left without a reply")
                .extracting(AgentMessage::text)
                .containsExactly(
                        "Hello",
                        "This answer failed before it was finished. Nothing was changed. "
                                + "Ask me to continue if you want the rest.");
    }

    @Test
    void should_cancel_a_cancellable_streaming_model_before_its_first_token_when_closed() throws Exception {
        SilentModel model = new SilentModel();
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(new ScriptedChatModel())
                .streamingChatModel(model)
                .build();
        CompletableFuture<AgentReply> turn =
                CompletableFuture.supplyAsync(() -> agent.chat("s", "Hello", text -> {}), host);
        assertThat(model.started.await(30, TimeUnit.SECONDS)).isTrue();

        agent.close();

        assertThatThrownBy(turn::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(AgentException.class)
                .hasMessageContaining("shut down");
        assertThat(model.handle.isCancelled()).isTrue();
    }

    @Test
    void should_refuse_turns_and_decisions_once_closed_and_close_twice_quietly() {
        ScriptedChatModel model = new ScriptedChatModel().thenAnswer("Hi.");
        CrmAgent agent = CrmAgent.builder().crm(crm).chatModel(model).build();
        agent.chat("r", "Hello");

        agent.close();
        agent.close();

        assertThatThrownBy(() -> agent.chat("r", "Again"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> agent.confirm("r", "act-1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> agent.reject("r", "act-1")).isInstanceOf(IllegalStateException.class);
        assertThat(agent.history("r")).extracting(AgentMessage::text).containsExactly("Hello", "Hi.");
    }

    /** A model that starts and then says nothing, as one evaluating a long prompt does. */
    private static final class SilentModel implements CancellableStreamingChatModel {

        final CountDownLatch started = new CountDownLatch(1);
        final Handle handle = new Handle();

        @Override
        public StreamingHandle start(ChatRequest request, StreamingChatResponseHandler handler) {
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
