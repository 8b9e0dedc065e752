package dev.crmkit.agent;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** One step's model call, bounded by the time left in the turn. */
interface ModelCaller {

    /**
     * @param request the conversation and the tools
     * @param timeout the time left in the turn; the call is abandoned (and cancelled where the model
     *                allows it) when it runs out
     * @return the model's message: tool calls or an answer
     * @throws TimeoutException when the time ran out
     * @throws AgentException   when the model failed
     */
    AiMessage call(ChatRequest request, Duration timeout) throws TimeoutException;

    /**
     * Ends a call in progress, and every later one, with {@code failure}: the agent is closing ({@link #closed()}),
     * or the host cancelled the turn. Called from another thread; the model is cancelled where it allows it.
     * Idempotent: the first failure stays.
     *
     * @param failure makes the exception the ended calls throw
     */
    void cancel(Supplier<AgentException> failure);

    /** @return the failure of a call the closing agent cancelled */
    static AgentException closed() {
        return new AgentException("the assistant was shut down while this message was being answered; "
                + "the turn ended without an answer");
    }

    /** @return true when the last call passed its text to the stream handler as it came */
    default boolean streamedText() {
        return false;
    }

    /** @return the model's failure as an {@link AgentException}, an {@link Error} rethrown as is */
    static AgentException failure(Throwable cause) {
        Throwable failure = cause instanceof ExecutionException && cause.getCause() != null ? cause.getCause() : cause;
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof AgentException agent) {
            return agent;
        }
        return new AgentException(
                "the chat model failed, so the turn ended without an answer: " + failure.getMessage(), failure);
    }

    /** @return the interruption as an {@link AgentException}, keeping the thread's interrupt status */
    static AgentException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new AgentException("interrupted while waiting for the chat model", e);
    }
}
