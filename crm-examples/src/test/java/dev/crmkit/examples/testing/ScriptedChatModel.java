package dev.crmkit.examples.testing;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A chat model that plays a script, so the tests of confirm and reject flows are deterministic:
 * each call gets the next scripted message; past the script it answers {@value #FALLBACK}. A test
 * sets its whole script with {@link #script()} first. Thread-safe.
 */
public final class ScriptedChatModel implements ChatModel {

    /** The answer once the script is used up. */
    public static final String FALLBACK = "Done.";

    private final Deque<Object> script = new ArrayDeque<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** Forgets what is left of the previous script; chain {@link #thenCall} and {@link #thenAnswer}. */
    public synchronized ScriptedChatModel script() {
        script.clear();
        return this;
    }

    public synchronized ScriptedChatModel thenCall(String tool, String arguments) {
        script.add(AiMessage.from(ToolExecutionRequest.builder()
                .id("call_" + calls.incrementAndGet())
                .name(tool)
                .arguments(arguments)
                .build()));
        return this;
    }

    public synchronized ScriptedChatModel thenAnswer(String text) {
        script.add(AiMessage.from(text));
        return this;
    }

    /** The model fails at this step, as a local model fails when the conversation outgrows its context. */
    public synchronized ScriptedChatModel thenFail(RuntimeException failure) {
        script.add(failure);
        return this;
    }

    /**
     * At this step the model runs {@code meanwhile}, then generates until its thread is interrupted (as a local
     * model does until a cancel stops it), at most a minute.
     */
    public synchronized ScriptedChatModel thenGenerateUntilInterrupted(Runnable meanwhile) {
        script.add(meanwhile);
        return this;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        Object next;
        synchronized (this) {
            next = script.poll();
        }
        if (next instanceof RuntimeException failure) {
            throw failure;
        }
        if (next instanceof Runnable meanwhile) {
            meanwhile.run();
            try {
                new CountDownLatch(1).await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("generation interrupted", e);
            }
            throw new IllegalStateException("the generation was not interrupted within a minute");
        }
        return ChatResponse.builder()
                .aiMessage(next != null ? (AiMessage) next : AiMessage.from(FALLBACK))
                .build();
    }
}
