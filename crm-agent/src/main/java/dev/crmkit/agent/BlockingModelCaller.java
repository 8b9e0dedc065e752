package dev.crmkit.agent;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Calls a blocking {@link ChatModel} on a worker thread, so that the turn's time limit holds even
 * while the model generates: at the deadline the call is abandoned and its thread interrupted
 * ({@link dev.crmkit.agent.llama.LlamaCppChatModel} stops at the next token; a remote model's
 * client stops when its HTTP call honours interruption).
 */
final class BlockingModelCaller implements ModelCaller {

    private final ChatModel model;
    private final ExecutorService executor;
    private volatile @Nullable Supplier<AgentException> cancelled;
    private volatile @Nullable Future<ChatResponse> running;

    BlockingModelCaller(ChatModel model, ExecutorService executor) {
        this.model = model;
        this.executor = executor;
    }

    @Override
    public AiMessage call(ChatRequest request, Duration timeout) throws TimeoutException {
        Future<ChatResponse> response;
        try {
            response = executor.submit(() -> model.chat(request));
        } catch (RejectedExecutionException e) {
            throw ModelCaller.closed(); // the agent's threads are shut down
        }
        running = response;
        if (cancelled != null) {
            response.cancel(true); // cancel() ran between the submit and the assignment
        }
        try {
            AiMessage message =
                    response.get(timeout.toNanos(), TimeUnit.NANOSECONDS).aiMessage();
            Supplier<AgentException> failure = cancelled;
            if (failure != null) {
                // cancel() came before this call's future was published: a closing agent's shutdown interrupted
                // the model, which may still have answered. The turn ends as any cancelled one does.
                throw failure.get();
            }
            return message;
        } catch (CancellationException e) {
            Supplier<AgentException> failure = cancelled;
            throw failure != null ? failure.get() : ModelCaller.closed();
        } catch (TimeoutException e) {
            response.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw ModelCaller.failure(e);
        } catch (InterruptedException e) {
            response.cancel(true);
            throw ModelCaller.interrupted(e);
        } finally {
            running = null;
        }
    }

    @Override
    public void cancel(Supplier<AgentException> failure) {
        if (cancelled == null) {
            cancelled = failure;
        }
        Future<ChatResponse> call = running;
        if (call != null) {
            call.cancel(true);
        }
    }
}
