package dev.crmkit.agent;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Calls a {@link StreamingChatModel}, passing its text to the turn's {@link AgentStreamHandler} as
 * it arrives, and waits for the complete response. At the deadline the generation is cancelled
 * through its {@link StreamingHandle} (a {@link CancellableStreamingChatModel} hands one out at once;
 * other models with their first partial response), and nothing more reaches the handler. A model
 * that sends its answer only with the complete response has it handed over whole by the turn.
 */
final class StreamingModelCaller implements ModelCaller {

    private final StreamingChatModel model;
    private final AgentStreamHandler handler;
    private volatile boolean streamedText;
    private volatile @Nullable Supplier<AgentException> cancelled;
    private volatile @Nullable Forwarder running;

    StreamingModelCaller(StreamingChatModel model, AgentStreamHandler handler) {
        this.model = model;
        this.handler = handler;
    }

    @Override
    public boolean streamedText() {
        return streamedText;
    }

    @Override
    public AiMessage call(ChatRequest request, Duration timeout) throws TimeoutException {
        Forwarder forwarder = new Forwarder(handler);
        streamedText = false;
        running = forwarder;
        Supplier<AgentException> failure = cancelled;
        if (failure != null) {
            running = null;
            throw failure.get();
        }
        if (model instanceof CancellableStreamingChatModel cancellable) {
            forwarder.handle.set(cancellable.start(request, forwarder));
            if (forwarder.stopped.get()) {
                forwarder.stop(); // stopped before the handle was known: cancel the generation now
            }
        } else {
            model.chat(request, forwarder);
        }
        try {
            AiMessage message =
                    forwarder.done.get(timeout.toNanos(), TimeUnit.NANOSECONDS).aiMessage();
            streamedText = forwarder.forwarded;
            return message;
        } catch (TimeoutException e) {
            forwarder.stop();
            throw e;
        } catch (ExecutionException e) {
            throw ModelCaller.failure(e);
        } catch (InterruptedException e) {
            forwarder.stop();
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
        Forwarder call = running;
        if (call != null) {
            call.stop();
            call.done.completeExceptionally(failure.get());
        }
    }

    /** Forwards text until stopped, and completes a future with the response. */
    private static final class Forwarder implements StreamingChatResponseHandler {

        private final AgentStreamHandler handler;
        private final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private volatile boolean forwarded;

        Forwarder(AgentStreamHandler handler) {
            this.handler = handler;
        }

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (context != null && context.streamingHandle() != null) {
                handle.compareAndSet(null, context.streamingHandle());
            }
            onPartialResponse(partial.text());
        }

        @Override
        public void onPartialResponse(String text) {
            if (!stopped.get() && text != null && !text.isEmpty()) {
                forwarded = true;
                handler.onText(text);
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }

        void stop() {
            stopped.set(true);
            StreamingHandle running = handle.get();
            if (running != null) {
                running.cancel();
            }
        }
    }
}
