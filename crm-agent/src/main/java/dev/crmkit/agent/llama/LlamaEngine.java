package dev.crmkit.agent.llama;

import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.EngineRequest;
import dev.crmkit.agent.engine.EngineResult;
import dev.crmkit.agent.engine.InferenceEngine;
import dev.crmkit.agent.engine.Prompt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One loaded {@link InferenceEngine} and the rule that it serves one generation at a time.
 *
 * <p>Requests are admitted through a fair semaphore, so they are served in arrival order and the engine's
 * KV cache always holds the previous request's prompt. Cancellation, interruption and close are checked
 * between tokens, on the generating thread. Engine failures become crmkit's exceptions here.
 */
final class LlamaEngine implements AutoCloseable {

    private final InferenceEngine engine;
    private final String name;
    private final @Nullable Duration maxQueueWait;
    private final Semaphore permit = new Semaphore(1, true);
    private volatile boolean closed;

    LlamaEngine(InferenceEngine engine, String name, @Nullable Duration maxQueueWait) {
        this.engine = engine;
        this.name = name;
        this.maxQueueWait = maxQueueWait;
    }

    /** @return tokens of {@code prompt} plus one for the beginning-of-sequence token llama.cpp adds */
    int countTokens(Prompt prompt) {
        ensureOpen();
        return engine.countTokens(prompt);
    }

    /** @return what runs the model: engine, version, CPU variant */
    Map<String, String> description() {
        return engine.description();
    }

    /**
     * Evaluates (or restores) a prompt prefix into the engine's KV cache, queued like a generation (in arrival
     * order), so a later prompt starting with it pays only for the rest; see {@link InferenceEngine#preparePrefix}.
     *
     * @return whether the prefix was restored from a saved state rather than evaluated
     * @throws GenerationCancelledException when the engine is closed meanwhile: the evaluation stops at the next
     *         batch, so that {@link #close()} does not wait for the whole prefix
     */
    boolean preparePrefix(Prompt text) {
        acquire();
        try {
            ensureOpen();
            boolean restored = translated(() -> engine.preparePrefix(
                    text, () -> closed || Thread.currentThread().isInterrupted()));
            if (closed) {
                throw new GenerationCancelledException("the model was closed while it evaluated the prompt prefix");
            }
            return restored;
        } finally {
            permit.release();
        }
    }

    Generation generate(Request request, Consumer<String> onPiece, BooleanSupplier cancelled) {
        return generate(request, onPiece, cancelled, first -> null);
    }

    /**
     * One generation, optionally continued by a second one in the same turn of the engine (no other
     * request runs in between, so the second reuses the first's KV cache): {@code continuation} sees the
     * first generation and returns the second request, whose prompt extends the first's, or null.
     *
     * @return the first generation, or both combined: their texts concatenated, the first's prompt and
     *         time to first token, the tokens generated and the times summed
     */
    Generation generate(
            Request request,
            Consumer<String> onPiece,
            BooleanSupplier cancelled,
            Function<Generation, @Nullable Request> continuation) {
        long queued = System.nanoTime();
        acquire();
        try {
            ensureOpen();
            Generation first = run(request, onPiece, cancelled, System.nanoTime() - queued);
            Request next = continuation.apply(first);
            if (next == null) {
                return first;
            }
            Generation second = run(next, piece -> {}, cancelled, 0);
            return new Generation(
                    first.text() + second.text(),
                    first.promptTokens(),
                    first.cachedTokens(),
                    first.generatedTokens() + second.generatedTokens(),
                    first.queueWait(),
                    first.timeToFirstToken(),
                    first.total().plus(second.total()));
        } finally {
            permit.release();
        }
    }

    private Generation run(Request request, Consumer<String> onPiece, BooleanSupplier cancelled, long queuedNanos) {
        EngineResult result = translated(() -> engine.generate(
                new EngineRequest(
                        request.prompt(),
                        request.grammar(),
                        request.maxTokens(),
                        request.temperature(),
                        request.seed(),
                        request.stop()),
                onPiece,
                () -> cancelled.getAsBoolean() || Thread.currentThread().isInterrupted() || closed));
        if (result.cancelled()) {
            throw new GenerationCancelledException(
                    closed
                            ? "the model was closed during the generation"
                            : "the generation was cancelled after " + result.generatedTokens() + " tokens");
        }
        return new Generation(
                result.text(),
                result.promptTokens(),
                result.cachedTokens(),
                result.generatedTokens(),
                Duration.ofNanos(queuedNanos),
                result.timeToFirstToken(),
                result.total());
    }

    private static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (EngineException e) {
            throw switch (e.reason()) {
                case CONTEXT_OVERFLOW -> new ContextOverflowException(e.getMessage());
                default -> new LlamaCppException(e.getMessage(), e);
            };
        }
    }

    private void acquire() {
        try {
            if (maxQueueWait == null) {
                permit.acquire();
            } else if (!permit.tryAcquire(maxQueueWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new ModelBusyException(name + " is busy with another generation and did not become free within "
                        + maxQueueWait.toMillis() + " ms; retry later, or allow a longer maxQueueWait");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationCancelledException("interrupted while waiting for " + name + " to become free");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(name + " is closed; build a new LlamaCppChatModel");
        }
    }

    /**
     * Stops new work, lets the running generation see the flag and end, then frees the engine.
     * Waiters still queued are woken and fail with "closed".
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        permit.acquireUninterruptibly();
        try {
            engine.close();
        } finally {
            permit.release(Integer.MAX_VALUE / 2);
        }
    }

    /**
     * @param prompt      the rendered prompt
     * @param grammar     GBNF constraining the output, or null
     * @param maxTokens   most tokens to generate
     * @param temperature sampling temperature
     * @param seed        sampling seed
     * @param stop        stop strings (never with a grammar: they could cut its JSON)
     */
    record Request(
            Prompt prompt, @Nullable String grammar, int maxTokens, float temperature, int seed, List<String> stop) {

        Request {
            stop = List.copyOf(stop);
        }
    }

    /**
     * @param text            everything generated
     * @param promptTokens    tokens of the prompt, with the beginning-of-sequence token
     * @param cachedTokens    leading prompt tokens shared with the previous request
     * @param generatedTokens tokens generated
     */
    record Generation(
            String text,
            int promptTokens,
            int cachedTokens,
            int generatedTokens,
            Duration queueWait,
            Duration timeToFirstToken,
            Duration total) {}
}
