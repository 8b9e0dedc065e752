package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.EngineException.Reason;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The KV cache of a {@link NativeEngine}'s one sequence and the tokens it holds: a request sharing their
 * beginning removes the rest ({@code llama_memory_seq_rm}) and evaluates only its own tail, in batches.
 * Not thread-safe: the engine calls it under its lock.
 */
final class KvCache {

    private static final int SEQUENCE = 0;

    private final LlamaLibrary llama;
    private final Pointer context;
    private final Pointer memory;
    private final String name;
    private final int contextSize;
    private final int batchSize;
    private final Memory tokenBuffer;
    private final NativeLibraries.Loaded libraries;
    private int[] tokens = new int[0];

    KvCache(NativeLibraries.Loaded libraries, Pointer context, String name) {
        this.libraries = libraries;
        this.llama = libraries.llama();
        this.context = context;
        this.memory = llama.llama_get_memory(context);
        this.name = name;
        this.contextSize = llama.llama_n_ctx(context);
        this.batchSize = llama.llama_n_batch(context);
        this.tokenBuffer = new Memory((long) batchSize * Integer.BYTES);
    }

    /** @return the context window in tokens */
    int contextSize() {
        return contextSize;
    }

    /** @return how many tokens one {@code llama_decode} takes at most */
    int batchSize() {
        return batchSize;
    }

    /** @return the tokens whose KV entries the context holds */
    int[] tokens() {
        return tokens;
    }

    /** Empties the cache, e.g. before a saved state is loaded into it. */
    void clear() {
        llama.llama_memory_clear(memory, (byte) 1);
        tokens = new int[0];
    }

    /** Records that the context now holds {@code restored}, loaded from a saved state. */
    void restored(int[] restored) {
        tokens = restored.clone();
    }

    /**
     * Brings the cache to {@code prompt}: keeps the shared beginning, removes the rest and evaluates the
     * new tail in batches. At least the last token is evaluated, so its logits are there to sample from.
     *
     * @return how many leading tokens were reused, or -1 when {@code stop} cancelled the evaluation
     */
    int evaluate(int[] prompt, BooleanSupplier stop) {
        int reuse = Math.min(commonPrefix(tokens, prompt), prompt.length - 1);
        if (reuse < tokens.length) {
            if (llama.llama_memory_seq_rm(memory, SEQUENCE, reuse, -1) == 0) {
                llama.llama_memory_clear(memory, (byte) 1);
                reuse = 0;
            }
            tokens = Arrays.copyOf(tokens, reuse);
        }
        for (int start = reuse; start < prompt.length; start += batchSize) {
            if (start > reuse && stop.getAsBoolean()) {
                return -1;
            }
            decode(prompt, start, Math.min(batchSize, prompt.length - start));
        }
        return reuse;
    }

    /** Evaluates {@code count} tokens of {@code batch} from {@code start}, appending them to the cache. */
    void decode(int[] batch, int start, int count) {
        if (tokens.length + count > contextSize) {
            throw new EngineException(
                    Reason.CONTEXT_OVERFLOW,
                    name + ": " + (tokens.length + count) + " tokens do not fit the context of " + contextSize);
        }
        tokenBuffer.write(0, batch, start, count);
        int status = llama.llama_decode(context, llama.llama_batch_get_one(tokenBuffer, count));
        if (status != 0) {
            clear(); // the cache state is unknown now: start from nothing next time
            throw new EngineException(
                    status == 1 ? Reason.CONTEXT_OVERFLOW : Reason.FAILED,
                    "llama_decode failed with " + status + " on " + name + ": "
                            + libraries.logSink().lastError());
        }
        int[] grown = Arrays.copyOf(tokens, tokens.length + count);
        System.arraycopy(batch, start, grown, tokens.length, count);
        tokens = grown;
    }

    static int commonPrefix(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && a[i] == b[i]) {
            i++;
        }
        return i;
    }
}
