package dev.crmkit.agent.llama;

import dev.crmkit.agent.CancellableStreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming face of a {@link LlamaCppChatModel}, obtained from {@link LlamaCppChatModel#streaming()}.
 *
 * <p>{@code chat(...)} returns at once; the request waits its turn in the model's fair queue and runs
 * on a daemon thread of this model. The handler then receives the answer's text piece by piece (for a
 * tool-constrained request, the decoded text of {@code {"answer": "..."}}; nothing of a tool call),
 * then {@code onCompleteToolCall} for a tool call, delivered whole, then {@code onCompleteResponse}.
 * Any failure goes to {@code onError}.
 *
 * <p><b>Cancellation.</b> Call {@code cancel()} on the {@link StreamingHandle} that
 * {@link #start} returns, or that every {@code onPartialResponse(PartialResponse, PartialResponseContext)}
 * carries. A request cancelled while queued never runs; a running one stops at the next token. After
 * cancellation the handler receives nothing more. Thread-safe.
 */
public final class LlamaCppStreamingChatModel implements CancellableStreamingChatModel {

    private static final Logger log = LoggerFactory.getLogger(LlamaCppStreamingChatModel.class);

    private final LlamaCppChatModel model;
    private final ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreads());

    LlamaCppStreamingChatModel(LlamaCppChatModel model) {
        this.model = model;
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        submit(request, handler);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return model.defaultRequestParameters();
    }

    /**
     * Starts a request and returns at once with the handle that cancels it. Unlike
     * {@link #chat(ChatRequest, StreamingChatResponseHandler)}, chat model listeners are not notified.
     *
     * @param request the request; unset parameters take the model's defaults
     * @param handler receives the response
     * @return the handle that cancels this request, at any stage
     */
    @Override
    public StreamingHandle start(ChatRequest request, StreamingChatResponseHandler handler) {
        ChatRequest merged = ChatRequest.builder()
                .messages(request.messages())
                .parameters(defaultRequestParameters().overrideWith(request.parameters()))
                .build();
        return submit(merged, handler);
    }

    private Handle submit(ChatRequest request, StreamingChatResponseHandler handler) {
        Handle handle = new Handle();
        try {
            executor.execute(() -> run(request, handler, handle));
        } catch (RejectedExecutionException e) {
            handler.onError(new IllegalStateException("the model is closed; build a new LlamaCppChatModel", e));
        }
        return handle;
    }

    private void run(ChatRequest request, StreamingChatResponseHandler handler, Handle handle) {
        handle.runOn(Thread.currentThread());
        try {
            if (handle.isCancelled()) {
                return;
            }
            PartialResponseContext context = new PartialResponseContext(handle);
            ChatResponse response = model.execute(
                    request,
                    text -> handler.onPartialResponse(new PartialResponse(text), context),
                    handle::isCancelled);
            if (handle.isCancelled()) {
                return;
            }
            for (int i = 0; i < response.aiMessage().toolExecutionRequests().size(); i++) {
                handler.onCompleteToolCall(new CompleteToolCall(
                        i, response.aiMessage().toolExecutionRequests().get(i)));
            }
            handler.onCompleteResponse(response);
        } catch (RuntimeException e) {
            if (!handle.isCancelled()) {
                handler.onError(e);
            } else {
                log.debug("cancelled generation ended with {}", e.toString());
            }
        } finally {
            handle.runOn(null);
            Thread.interrupted(); // a cancel may have interrupted this pooled thread
        }
    }

    void shutdown() {
        executor.shutdown();
    }

    /** Cancels by flag, and interrupts the worker so a request still waiting in the queue gives up. */
    private static final class Handle implements StreamingHandle {

        private volatile boolean cancelled;
        private @Nullable Thread worker;

        synchronized void runOn(@Nullable Thread thread) {
            this.worker = thread;
        }

        @Override
        public synchronized void cancel() {
            cancelled = true;
            if (worker != null) {
                worker.interrupt();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    private static final class DaemonThreads implements ThreadFactory {

        private final AtomicInteger counter = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "crmkit-llama-stream-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
