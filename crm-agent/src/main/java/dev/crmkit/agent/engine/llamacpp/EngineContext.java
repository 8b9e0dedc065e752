package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.EngineException.Reason;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The llama.cpp context of a {@link NativeEngine} and its {@link KvCache}, allocated for fewer tokens than the
 * engine's context window when asked and grown when a request needs more.
 *
 * <p>Creating a context clears its whole KV cache, which touches every page of it: ~10 ms of CPU per 1,000
 * tokens of Qwen2.5-0.5B's window on a fast machine, ~37 ms on a VM where a page fault costs ~12 µs, so 8,192
 * tokens cost 0.1–0.3 s of a restart. {@link #reserve} replaces the context by a larger one (doubling, at most
 * the window) when a prompt or a reply needs more, carrying the cached tokens over with
 * {@code llama_state_seq_get_data}/{@code set_data}. A context may also be <em>deferred</em>: none exists until
 * the first {@link #reserve}, which allocates what it asks for plus {@value #GRANULE} tokens for a first
 * exchange, so a restored prefix sizes the cache it lands in. The window, and so which requests overflow, does
 * not change. Not thread-safe: the engine calls it under its lock, one request at a time.
 */
final class EngineContext {

    private static final Logger log = LoggerFactory.getLogger(EngineContext.class);
    private static final int SEQUENCE = 0;
    private static final int GRANULE = 1024;
    /** llama.cpp's {@code LLAMA_FLASH_ATTN_TYPE_AUTO}: on wherever the backend supports it, the CPU included. */
    static final int FLASH_ATTENTION_AUTO = -1;
    /** llama.cpp's {@code LLAMA_FLASH_ATTN_TYPE_DISABLED}. */
    static final int FLASH_ATTENTION_OFF = 0;
    /** The narrowest attention head (dimensions) that flash attention is left on for: see {@link #flashAttention}. */
    static final int FLASH_ATTENTION_MIN_HEAD = 64;

    private final NativeLibraries.Loaded libraries;
    private final LlamaLibrary llama;
    private final Pointer model;
    private final String name;
    private final int threads;
    private final int flashAttention;
    private final int window;
    private @Nullable Pointer context;
    private @Nullable KvCache cache;

    private EngineContext(
            NativeLibraries.Loaded libraries,
            Pointer model,
            String name,
            int threads,
            int flashAttention,
            int window,
            @Nullable Pointer context) {
        this.libraries = libraries;
        this.llama = libraries.llama();
        this.model = model;
        this.name = name;
        this.threads = threads;
        this.flashAttention = flashAttention;
        this.window = window;
        this.context = context;
        this.cache = context == null ? null : new KvCache(libraries, context, name);
    }

    /**
     * @param allocated tokens to allocate now, at most {@code window}; 0 defers the allocation to the first
     *                  {@link #reserve}
     * @param window    the context window: the most tokens requests may use
     * @return the context, or null when llama.cpp could not create it (its log says why)
     */
    static @Nullable EngineContext create(
            NativeLibraries.Loaded libraries, Pointer model, String name, int threads, int allocated, int window) {
        int attention = flashAttention(libraries.llama(), model, name);
        if (allocated == 0) {
            return new EngineContext(libraries, model, name, threads, attention, window, null);
        }
        Pointer context = newContext(libraries.llama(), model, Math.min(allocated, window), threads, attention);
        return context == null ? null : new EngineContext(libraries, model, name, threads, attention, window, context);
    }

    /**
     * Flash attention for {@code model}: llama.cpp's own choice (auto, which turns it on for the CPU) when its
     * attention heads have {@value #FLASH_ATTENTION_MIN_HEAD} dimensions or more, off for narrower heads. Measured
     * on a 2-core VM ({@code benchmarks/RESULTS.md}, "Flash attention and narrow attention heads"): with
     * stories260K's 8-dimension heads, a new turn after a 1,400-token prefix took ~120 ms with it and ~27 ms
     * without; with Qwen2.5-0.5B's 64 it evaluates a long prompt at 209 instead of 139 tokens/s.
     *
     * @return the {@code flash_attn_type} to create contexts with
     */
    static int flashAttention(LlamaLibrary llama, Pointer model, String name) {
        int heads = llama.llama_model_n_head(model);
        int head = heads <= 0 ? 0 : llama.llama_model_n_embd(model) / heads;
        if (head >= FLASH_ATTENTION_MIN_HEAD) {
            return FLASH_ATTENTION_AUTO;
        }
        log.debug("{}: attention heads of {} dimensions, flash attention off", name, head);
        return FLASH_ATTENTION_OFF;
    }

    private static @Nullable Pointer newContext(
            LlamaLibrary llama, Pointer model, int size, int threads, int flashAttention) {
        ContextParams.ByValue params = llama.llama_context_default_params();
        params.n_ctx = size;
        // One logical batch is one physical batch (llama.cpp computes n_ubatch tokens at a time either way): a stop
        // or a close is seen between batches, so a prompt being evaluated stops after 512 tokens, not 2,048.
        params.n_ubatch = Math.min(params.n_ubatch, size);
        params.n_batch = params.n_ubatch;
        params.n_seq_max = 1;
        params.n_threads = threads;
        params.n_threads_batch = threads;
        params.no_perf = 1;
        params.flash_attn_type = flashAttention;
        params.swa_full = 1; // a sliding-window cache of full size, so a shared prefix can be kept
        return llama.llama_init_from_model(model, params);
    }

    /** @return the llama.cpp context; a deferred one exists after the first {@link #reserve} */
    Pointer pointer() {
        if (context == null) {
            throw new IllegalStateException(name + " has no context before the first reserve");
        }
        return context;
    }

    /** @return the KV cache; a deferred one exists after the first {@link #reserve} */
    KvCache cache() {
        if (cache == null) {
            throw new IllegalStateException(name + " has no KV cache before the first reserve");
        }
        return cache;
    }

    /** @return the tokens the KV cache holds: none while the context is deferred */
    int[] tokens() {
        return cache == null ? new int[0] : cache.tokens();
    }

    /** @return how contexts are created: flash attention {@code auto} (llama.cpp's choice) or {@code off} */
    String flashAttentionMode() {
        return flashAttention == FLASH_ATTENTION_OFF ? "off" : "auto";
    }

    /** @return the context window in tokens: what requests may use, allocated or not */
    int window() {
        return window;
    }

    /** @return the tokens the KV cache has room for now; 0 while the context is deferred */
    int allocated() {
        return cache == null ? 0 : cache.contextSize();
    }

    /**
     * Makes room for {@code tokens} (prompt and output), up to the window; beyond it, the caller's overflow check
     * refuses the request.
     *
     * @throws EngineException ({@link Reason#FAILED}) when llama.cpp cannot create the larger context; the
     *                         current one stays as it was
     */
    void reserve(int tokens) {
        int allocated = allocated();
        if (tokens <= allocated || allocated >= window) {
            return;
        }
        StepTimer timer = new StepTimer();
        int size = Math.min(window, roundUp(allocated == 0 ? tokens + GRANULE : Math.max(tokens, 2 * allocated)));
        int[] kept = tokens();
        Memory state = kept.length == 0 ? null : copyState();
        timer.step("copy " + kept.length + " tokens' state");
        libraries.logSink().clearErrors();
        Pointer larger = newContext(llama, model, size, threads, flashAttention);
        if (larger == null) {
            if (state != null) {
                state.close();
            }
            throw new EngineException(
                    Reason.FAILED,
                    "llama.cpp could not " + (allocated == 0 ? "create" : "grow") + " the context of " + name
                            + (allocated == 0 ? "" : " from " + allocated) + " to " + size + " tokens: "
                            + libraries.logSink().lastError() + "; try a smaller contextSize");
        }
        timer.step("context");
        KvCache grown = new KvCache(libraries, larger, name);
        if (state != null) {
            if (llama.llama_state_seq_set_data(larger, state, state.size(), SEQUENCE) != 0) {
                grown.restored(kept);
            }
            state.close();
        }
        timer.step("set state");
        if (context != null) {
            llama.llama_free(context);
        }
        context = larger;
        cache = grown;
        log.debug(
                "{}: context {} {} tokens for {}: {}",
                name,
                allocated == 0 ? "allocated with" : "grown from " + allocated + " to",
                size,
                tokens,
                timer);
    }

    private @Nullable Memory copyState() {
        Pointer context = pointer();
        long size = llama.llama_state_seq_get_size(context, SEQUENCE);
        if (size <= 0) {
            return null;
        }
        Memory state = new Memory(size);
        if (llama.llama_state_seq_get_data(context, state, size, SEQUENCE) == 0) {
            state.close();
            return null; // the larger context starts empty: the next request evaluates its whole prompt
        }
        return state;
    }

    void close() {
        if (context != null) {
            llama.llama_free(context);
        }
    }

    private static int roundUp(int tokens) {
        return (int) Math.min(Integer.MAX_VALUE, ((long) tokens + GRANULE - 1) / GRANULE * GRANULE);
    }
}
