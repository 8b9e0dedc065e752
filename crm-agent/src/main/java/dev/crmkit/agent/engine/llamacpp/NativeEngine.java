package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Pointer;
import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.EngineException.Reason;
import dev.crmkit.agent.engine.EngineRequest;
import dev.crmkit.agent.engine.EngineResult;
import dev.crmkit.agent.engine.InferenceEngine;
import dev.crmkit.agent.engine.Prompt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link InferenceEngine} over crmkit's own llama.cpp binding: one model, one context, one sequence.
 *
 * <p>The KV cache keeps the tokens of the last request (prompt and generated); a request sharing their
 * beginning removes the rest ({@code llama_memory_seq_rm}) and evaluates only its own tail. A prefix can be
 * saved to and restored from disk ({@link PrefixStore}). {@link #countTokens} may run beside a generation;
 * {@link #close()} waits for both.
 */
public final class NativeEngine implements InferenceEngine {

    /** Engine name and version, part of the key of saved prefixes. */
    public static final String VERSION = "crmkit-llama.cpp-" + NativeLibraries.LLAMA_CPP_VERSION;

    private static final Logger log = LoggerFactory.getLogger(NativeEngine.class);
    private static final long SMALL_MODEL_BYTES = 32L << 20;

    private final LlamaLibrary llama;
    private final NativeLibraries.Loaded libraries;
    private final String name;
    private final Pointer model;
    private final EngineContext context;
    private final Pointer vocab;
    private final PromptTokenizer tokenizer;
    private final @Nullable PrefixStore prefixes;
    private final MappedWeights weights;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    /**
     * Settings of a load.
     *
     * @param threads       CPU threads for prompt and generation
     * @param contextSize   context window in tokens
     * @param allocatedSize tokens of KV cache to allocate at load (at most {@code contextSize}); the cache grows
     *                      to the window when a request needs it. 0 defers the allocation to the first
     *                      {@link #preparePrefix} or request, which allocates what it needs plus room for a
     *                      first exchange: a restored prefix then sizes the cache (fewer pages to clear at start)
     * @param prefixCache   directory for saved prefixes, or null to keep them in memory only
     */
    public record Options(
            int threads,
            int contextSize,
            int allocatedSize,
            @Nullable Path prefixCache) {

        /**
         * Settings that allocate the whole window at load.
         *
         * @param threads     CPU threads for prompt and generation
         * @param contextSize context window in tokens
         * @param prefixCache directory for saved prefixes, or null to keep them in memory only
         */
        public Options(int threads, int contextSize, @Nullable Path prefixCache) {
            this(threads, contextSize, contextSize, prefixCache);
        }
    }

    private NativeEngine(
            NativeLibraries.Loaded libraries,
            String name,
            Pointer model,
            EngineContext context,
            @Nullable PrefixStore prefixes,
            MappedWeights weights) {
        this.libraries = libraries;
        this.llama = libraries.llama();
        this.name = name;
        this.model = model;
        this.context = context;
        this.vocab = llama.llama_model_get_vocab(model);
        this.tokenizer = new PromptTokenizer(llama, vocab);
        this.prefixes = prefixes;
        this.weights = weights;
    }

    /**
     * Loads {@code file}; the caller has checked that it is a GGUF file of a known architecture.
     *
     * @param file    the GGUF model
     * @param options threads, context and prefix cache
     * @return the loaded engine
     * @throws EngineException ({@link Reason#LOAD}) when the libraries or the model cannot be loaded
     */
    public static NativeEngine load(Path file, Options options) {
        StepTimer timer = new StepTimer();
        NativeLibraries.Loaded libraries;
        try {
            libraries = NativeLibraries.load();
        } catch (IllegalStateException e) {
            throw new EngineException(Reason.LOAD, e.getMessage(), e);
        }
        LlamaLibrary llama = libraries.llama();
        String name = String.valueOf(file.getFileName());
        ModelParams.ByValue modelParams = llama.llama_model_default_params();
        modelParams.n_gpu_layers = 0;
        libraries.logSink().clearErrors();
        timer.step("libraries");
        Pointer model = llama.llama_model_load_from_file(file.toString(), modelParams);
        timer.step("model");
        if (model == null) {
            throw new EngineException(
                    Reason.LOAD,
                    "llama.cpp " + NativeLibraries.LLAMA_CPP_VERSION + " could not load " + name + ": "
                            + libraries.logSink().lastError()
                            + ". Check that the download is complete (verify its checksum) and the memory free");
        }
        // the first decode's touch of the weights, done on the second core while this one creates the context
        MappedWeights weights = MappedWeights.warm(file);
        int threads = threadsFor(file, options.threads());
        EngineContext context =
                EngineContext.create(libraries, model, name, threads, options.allocatedSize(), options.contextSize());
        if (context == null) {
            weights.close();
            llama.llama_model_free(model);
            throw new EngineException(
                    Reason.LOAD,
                    "llama.cpp could not create a context of "
                            + Math.min(options.allocatedSize(), options.contextSize())
                            + " tokens for " + name + ": "
                            + libraries.logSink().lastError() + "; try a smaller contextSize");
        }
        timer.step("context");
        PrefixStore prefixes = options.prefixCache() == null ? null : new PrefixStore(options.prefixCache(), file);
        NativeEngine engine = new NativeEngine(libraries, name, model, context, prefixes, weights);
        log.debug(
                "{} loaded, context {} tokens ({} allocated), batch {}: {}",
                name,
                context.window(),
                context.allocated() == 0 ? "none yet" : context.allocated(),
                context.allocated() == 0 ? "-" : context.cache().batchSize(),
                timer);
        return engine;
    }

    /**
     * The threads to run {@code file} with: one for a small model, whatever was asked otherwise. ggml's CPU
     * threads meet at a spinning barrier after every operation; on a tiny model the operations are shorter than
     * a time slice, so a busy machine stalls them (measured on 2 loaded cores: 24 tokens of stories260K in 13 s
     * with 2 threads, 17 ms with one). Both engines run ggml, so both follow this rule.
     *
     * @param file      the model file
     * @param requested the threads the host asked for
     * @return the threads to use
     */
    public static int threadsFor(Path file, int requested) {
        if (requested > 1 && isSmall(file)) {
            log.debug("{} is small: one thread instead of {}", file.getFileName(), requested);
            return 1;
        }
        return requested;
    }

    /** @return the milliseconds between two {@link System#nanoTime()} readings, for the debug log */
    static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static boolean isSmall(Path file) {
        try {
            return java.nio.file.Files.size(file) < SMALL_MODEL_BYTES;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public int countTokens(Prompt prompt) {
        lock.readLock().lock();
        try {
            ensureOpen();
            return tokenize(prompt, false).length + 1;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * @param markup trusted text; a chat template's markers in it become their special tokens
     * @return its token ids, without a beginning-of-sequence token: what the model's vocabulary makes of it
     */
    public int[] tokens(String markup) {
        return tokens(Prompt.markup(markup));
    }

    /**
     * @param prompt a prompt; only its markup becomes special tokens
     * @return its token ids, without a beginning-of-sequence token: what the model is given for it
     */
    public int[] tokens(Prompt prompt) {
        lock.readLock().lock();
        try {
            ensureOpen();
            return tokenize(prompt, false);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * @param tokens token ids of this model's vocabulary
     * @return their text, special tokens written out: the inverse of {@link #tokens}
     */
    public String text(int[] tokens) {
        lock.readLock().lock();
        try {
            ensureOpen();
            byte[] text = new byte[tokens.length * 8 + 16];
            int length = llama.llama_detokenize(vocab, tokens, tokens.length, text, text.length, (byte) 0, (byte) 1);
            if (length < 0) {
                text = new byte[-length];
                length = llama.llama_detokenize(vocab, tokens, tokens.length, text, text.length, (byte) 0, (byte) 1);
            }
            if (length < 0) {
                throw new EngineException(Reason.FAILED, "llama.cpp could not detokenize " + tokens.length + " tokens");
            }
            return new String(text, 0, length, StandardCharsets.UTF_8);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public EngineResult generate(EngineRequest request, Consumer<String> onPiece, BooleanSupplier stop) {
        lock.readLock().lock();
        try {
            ensureOpen();
            return new Generation(this, request, onPiece, stop).run();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public boolean preparePrefix(Prompt prefix, BooleanSupplier stop) {
        lock.readLock().lock();
        try {
            ensureOpen();
            String text = prefix.text();
            int[] tokens = tokenize(prefix, true);
            int common = KvCache.commonPrefix(context.tokens(), tokens);
            if (common == tokens.length) {
                return false;
            }
            context.reserve(tokens.length);
            if (prefixes != null && prefixes.restore(this, text, tokens)) {
                return true;
            }
            if (cache().evaluate(tokens, stop) < 0) {
                return false; // stopped: what was evaluated stays cached; a partial prefix is not worth saving
            }
            if (prefixes != null) {
                prefixes.save(this, text, tokens);
            }
            return false;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Map<String, String> description() {
        Map<String, String> description = new LinkedHashMap<>();
        description.put("engine", VERSION);
        description.put("cpu.variant", libraries.cpuVariant());
        description.put("native.directory", libraries.directory().toString());
        description.put("flash.attention", context.flashAttentionMode());
        metadata("general.architecture").ifPresent(value -> description.put("general.architecture", value));
        return description;
    }

    /** @return the CPU back-end variant ggml loaded for this processor, e.g. {@code haswell} or {@code x64} */
    public String cpuVariant() {
        return libraries.cpuVariant();
    }

    /**
     * @param key a GGUF metadata key
     * @return its value as llama.cpp read it
     */
    public Optional<String> metadata(String key) {
        byte[] buffer = new byte[4096];
        int length = llama.llama_model_meta_val_str(model, key, buffer, buffer.length);
        return length < 0
                ? Optional.empty()
                : Optional.of(new String(buffer, 0, Math.min(length, buffer.length - 1), StandardCharsets.UTF_8));
    }

    /** @return the model's own Jinja chat template, if it has one */
    public Optional<String> chatTemplate() {
        return Optional.ofNullable(llama.llama_model_chat_template(model, null));
    }

    /** @return the context window in tokens */
    public int contextSize() {
        return context.window();
    }

    /**
     * @return the tokens the KV cache has room for now: {@link #contextSize} or, until a request needed more, less;
     *         0 while a deferred allocation waits for the first prefix or request
     */
    public int allocatedContextSize() {
        return context.allocated();
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            weights.close();
            context.close();
            llama.llama_model_free(model);
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---- used by Generation and PrefixStore, under the read lock ----

    LlamaLibrary llama() {
        return llama;
    }

    Pointer context() {
        return context.pointer();
    }

    /** Makes room in the KV cache for {@code tokens}, up to the context window; see {@link EngineContext}. */
    void reserve(int tokens) {
        context.reserve(tokens);
    }

    Pointer vocab() {
        return vocab;
    }

    String name() {
        return name;
    }

    void clearNativeErrors() {
        libraries.logSink().clearErrors();
    }

    String lastNativeError() {
        return libraries.logSink().lastError();
    }

    KvCache cache() {
        return context.cache();
    }

    /**
     * @param prompt     the prompt; only its markup becomes special tokens
     * @param addSpecial whether to add the beginning-of-sequence token, as a prompt needs
     */
    int[] tokenize(Prompt prompt, boolean addSpecial) {
        return tokenizer.tokenize(prompt, addSpecial);
    }

    /**
     * @param markup     trusted text whose special-token spellings become special tokens
     * @param addSpecial whether to add the beginning-of-sequence token, as a prompt needs
     */
    int[] tokenize(String markup, boolean addSpecial) {
        return tokenize(Prompt.markup(markup), addSpecial);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
    }
}
