package dev.crmkit.agent.llama;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One native llama.cpp context and the rule that it serves one generation at a time.
 *
 * <p>java-llama.cpp runs a llama.cpp server loop on a native thread; this class gives it a single slot
 * and admits one request at a time through a fair semaphore, so requests are served in arrival order
 * and the slot's KV cache always holds the previous request's prompt. Cancellation is checked between
 * tokens, on the generating thread, because the binding's receive call cannot be interrupted.
 */
final class LlamaEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LlamaEngine.class);
    private static final String WARM_UP_PROMPT = "Hello";

    private final LlamaModel model;
    private final String name;
    private final @Nullable Duration maxQueueWait;
    private final Semaphore permit = new Semaphore(1, true);
    private volatile boolean closed;
    private int[] cachedPrompt = new int[0];

    private LlamaEngine(LlamaModel model, String name, @Nullable Duration maxQueueWait) {
        this.model = model;
        this.name = name;
        this.maxQueueWait = maxQueueWait;
    }

    /**
     * Loads the model without llama.cpp's warm-up and then warms up with one short completion: the
     * default warm-up runs on the loading thread and leaves OpenMP throttled for the native loop
     * thread (measured: generation at 0.03–0.6× native speed); a completion served by that loop
     * thread restores full speed.
     */
    /**
     * What llama.cpp is started with: one slot, no context shift (a prompt that does not fit is an
     * error, not silently cut), and its own log only when asked for.
     */
    static ModelParameters parameters(Path file, int threads, int contextSize, int gpuLayers, boolean nativeLogging) {
        ModelParameters parameters = new ModelParameters()
                .setModel(file.toString())
                .setThreads(threads)
                .setThreadsBatch(threads)
                .setCtxSize(contextSize)
                .setParallel(1)
                .disableContextShift();
        if (gpuLayers > 0) {
            parameters.setGpuLayers(gpuLayers); // even 0 makes a CPU-only build warn on stderr
        }
        if (!nativeLogging) {
            parameters.disableLog();
        }
        return parameters;
    }

    static LlamaEngine load(ModelParameters parameters, String name, @Nullable Duration maxQueueWait) {
        NativeLibrary.prepare();
        LlamaModel model;
        try {
            model = new LlamaModel(parameters.skipWarmup());
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new LlamaCppException(
                    "llama.cpp could not load " + name + ": " + e.getMessage()
                            + ". The file passed the GGUF checks, so look at memory, a damaged download (verify its "
                            + "checksum) or a quantisation this build lacks; nativeLogging(true) shows llama.cpp's reason",
                    e);
        }
        requireLoaded(model, name);
        LlamaEngine engine = new LlamaEngine(model, name, maxQueueWait);
        long start = System.nanoTime();
        model.complete(new InferenceParameters(WARM_UP_PROMPT).setNPredict(1).setCachePrompt(true));
        engine.cachedPrompt = model.encode(WARM_UP_PROMPT);
        log.debug("warmed up {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /**
     * The binding returns from a rejected parameter list without an exception and with no native
     * context; any later call would then crash the JVM. Its private handle tells.
     */
    private static void requireLoaded(LlamaModel model, String name) {
        try {
            var handle = LlamaModel.class.getDeclaredField("ctx");
            handle.setAccessible(true);
            if (handle.getLong(model) == 0) {
                throw new LlamaCppException("llama.cpp rejected the parameters for " + name
                        + " and loaded nothing; check threads, contextSize and gpuLayers");
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (e instanceof LlamaCppException refusal) {
                throw refusal;
            }
            log.debug("cannot check the native handle of {}: {}", name, e.toString());
        }
    }

    /** @return tokens of {@code text} plus one for the beginning-of-sequence token llama.cpp adds */
    int countTokens(String text) {
        ensureOpen();
        return model.encode(text).length + 1;
    }

    Generation generate(Request request, Consumer<String> onPiece, BooleanSupplier cancelled) {
        return generate(request, onPiece, cancelled, first -> null);
    }

    /**
     * One generation, optionally continued by a second one in the same turn of the slot (no other
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

    /**
     * Evaluates {@code prefix} into the slot's KV cache, so that a later prompt starting with it pays only
     * for the rest. Queues like a generation (in arrival order).
     *
     * @return how long the evaluation took, queueing excluded
     */
    Duration preload(String prefix) {
        acquire();
        try {
            ensureOpen();
            long start = System.nanoTime();
            run(new Request(prefix, null, 1, 0f, 0, List.of()), piece -> {}, () -> false, 0);
            return Duration.ofNanos(System.nanoTime() - start);
        } finally {
            permit.release();
        }
    }

    private Generation run(Request request, Consumer<String> onPiece, BooleanSupplier cancelled, long queuedNanos) {
        int[] prompt = model.encode(request.prompt());
        int cached = commonPrefix(cachedPrompt, prompt);
        cachedPrompt = prompt;
        InferenceParameters parameters = new InferenceParameters(request.prompt())
                .setNPredict(request.maxTokens())
                .setCachePrompt(true)
                .setSeed(request.seed())
                .setTemperature(request.temperature());
        if (request.grammar() != null) {
            parameters.setGrammar(request.grammar());
        }
        if (!request.stop().isEmpty()) {
            parameters.setStopStrings(request.stop().toArray(String[]::new));
        }
        long start = System.nanoTime();
        long first = -1;
        int pieces = 0;
        StringBuilder text = new StringBuilder();
        LlamaIterator iterator;
        try {
            iterator = model.generate(parameters).iterator();
        } catch (RuntimeException e) {
            throw new LlamaCppException("llama.cpp refused the request: " + e.getMessage(), e);
        }
        try {
            while (iterator.hasNext()) {
                if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted() || closed) {
                    iterator.cancel();
                    throw new GenerationCancelledException(
                            closed
                                    ? "the model was closed during the generation"
                                    : "the generation was cancelled after " + pieces + " tokens");
                }
                LlamaOutput output = iterator.next();
                if (!output.text.isEmpty()) {
                    first = first < 0 ? System.nanoTime() : first;
                    pieces++;
                    text.append(output.text);
                    onPiece.accept(output.text);
                }
            }
        } catch (GenerationCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            if (iterator.hasNext()) {
                iterator.cancel();
            }
            if (e.getClass().getName().startsWith("de.kherud.llama")) {
                throw new LlamaCppException("llama.cpp failed during generation: " + e.getMessage(), e);
            }
            throw e;
        }
        long end = System.nanoTime();
        return new Generation(
                text.toString(),
                prompt.length + 1,
                cached,
                pieces,
                Duration.ofNanos(queuedNanos),
                Duration.ofNanos((first < 0 ? end : first) - start),
                Duration.ofNanos(end - start));
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

    private static int commonPrefix(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && a[i] == b[i]) {
            i++;
        }
        return i;
    }

    /**
     * Stops new work, lets the running generation see the flag and end, then frees the slot loop.
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
            model.close();
        } finally {
            permit.release(Integer.MAX_VALUE / 2);
        }
    }

    /**
     * @param prompt      the rendered prompt
     * @param grammar     GBNF constraining the output, or null
     * @param maxTokens   llama.cpp's n_predict
     * @param temperature sampling temperature
     * @param seed        sampling seed
     * @param stop        stop strings (never with a grammar: they could cut its JSON)
     */
    record Request(
            String prompt, @Nullable String grammar, int maxTokens, float temperature, int seed, List<String> stop) {

        Request {
            stop = List.copyOf(stop);
        }
    }

    /**
     * @param text            everything generated
     * @param promptTokens    tokens of the prompt, with the beginning-of-sequence token
     * @param cachedTokens    leading prompt tokens shared with the previous request
     * @param generatedTokens pieces streamed by llama.cpp (one per token, except held-back text)
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
