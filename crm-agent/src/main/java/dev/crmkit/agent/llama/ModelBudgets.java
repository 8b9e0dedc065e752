package dev.crmkit.agent.llama;

import dev.crmkit.agent.gguf.GgufMetadata;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context a model gets when the host does not choose one: its trained context, raised to a floor the
 * CRM tool set needs, and capped by the memory its KV cache may take.
 *
 * <ul>
 *   <li><b>Trained context</b>: {@code <arch>.context_length} from the GGUF (4,096 when absent).
 *   <li><b>Floor</b>: {@value #FLOOR_TOKENS} tokens. The 24 CRM tools take ~4k prompt tokens with a real
 *       vocabulary (~11k with stories260K's 512 tokens), and an uncut {@code create_contact} call reserves
 *       ~7k; a smaller window would cut arguments or refuse the first message. llama.cpp runs a model past
 *       its trained length, with lower quality there; a warning says so.
 *   <li><b>Memory cap</b>: the KV cache (f16 keys and values, {@code 4 × layers × kv-heads × head-size}
 *       bytes per token) may take at most {@code contextMemoryLimit}, default {@value #DEFAULT_MEMORY_LIMIT}
 *       bytes (2 GiB): Qwen2.5-0.5B needs 12 KiB per token (32k tokens = 384 MiB), Qwen2.5-1.5B 28 KiB,
 *       Llama-3.2-3B 112 KiB (capped at ~18k tokens).
 *   <li><b>Allocation</b>: crmkit's engine allocates {@value #ALLOCATED_TOKENS} tokens of a default context at
 *       load, or, when {@code build()} prepares a prefix, what the prefix needs plus room for a first exchange,
 *       and grows the KV cache when a request needs more ({@link #allocatedContextSize}).
 * </ul>
 */
final class ModelBudgets {

    private static final Logger log = LoggerFactory.getLogger(ModelBudgets.class);

    /** The smallest default context. */
    static final int FLOOR_TOKENS = 32_768;
    /** The KV cache allocated at load for a default context; it grows when a request needs more. */
    static final int ALLOCATED_TOKENS = 8_192;
    /** Default memory limit of the KV cache, bytes. */
    static final long DEFAULT_MEMORY_LIMIT = 2L << 30;

    private ModelBudgets() {}

    /** @return the trained context length, or 4,096 when the file does not say */
    static int trainedContext(GgufMetadata metadata) {
        return (int) Math.min(Integer.MAX_VALUE, metadata.contextLength().orElse(4096));
    }

    /** @return the default context window for {@code metadata} under {@code memoryLimit} bytes of KV cache */
    static int defaultContextSize(GgufMetadata metadata, long memoryLimit) {
        long byMemory = memoryLimit / Math.max(1, kvBytesPerToken(metadata));
        long wanted = Math.max(trainedContext(metadata), FLOOR_TOKENS);
        return (int) Math.max(256, Math.min(Math.min(wanted, byMemory), Integer.MAX_VALUE));
    }

    /** @return bytes of f16 keys and values one token takes in the KV cache (an estimate when keys are missing) */
    static long kvBytesPerToken(GgufMetadata metadata) {
        String arch = metadata.architecture();
        long layers = value(metadata.integer(arch + ".block_count"), 32);
        long embedding = value(metadata.integer(arch + ".embedding_length"), 4096);
        long heads = Math.max(1, value(metadata.integer(arch + ".attention.head_count"), 32));
        long kvHeads = value(metadata.integer(arch + ".attention.head_count_kv"), heads);
        long keyLength = value(metadata.integer(arch + ".attention.key_length"), embedding / heads);
        long valueLength = value(metadata.integer(arch + ".attention.value_length"), embedding / heads);
        return 2 * layers * kvHeads * (keyLength + valueLength);
    }

    /**
     * @param requested the host's context size, or null for {@link #defaultContextSize}
     * @return the context to load with; warns when it exceeds the trained one
     */
    static int contextSize(GgufMetadata metadata, @Nullable Integer requested, long memoryLimit, Path file) {
        int trained = trainedContext(metadata);
        int contextSize = requested != null ? requested : defaultContextSize(metadata, memoryLimit);
        if (contextSize > trained) {
            log.warn(
                    "context {} exceeds the {} tokens {} was trained with: answers may degrade beyond them",
                    contextSize,
                    trained,
                    file.getFileName());
        }
        return contextSize;
    }

    /**
     * The KV cache allocated at load: all of a context the host asked for, else at most
     * {@value #ALLOCATED_TOKENS} tokens, which crmkit's engine grows when a request needs more (the java-llama.cpp
     * engine allocates the whole context regardless). Allocating 32,768 tokens of Qwen2.5-0.5B clears 384 MiB,
     * 0.17–0.31 s of CPU at every start; 8,192 tokens hold the CRM tool prefix and a first message. When
     * {@code build()} prepares a prefix right after the load, nothing is allocated at load (0): the prefix's
     * tokens and room for a first exchange size the cache (5,120 tokens for the 3,901 of the CRM tool prefix).
     *
     * @param requested     the host's context size, or null
     * @param contextSize   the context window
     * @param prefixFollows whether {@code build()} prepares a prefix right after the load
     * @return the tokens to allocate at load, 0 to let the prefix decide
     */
    static int allocatedContextSize(@Nullable Integer requested, int contextSize, boolean prefixFollows) {
        if (requested != null) {
            return contextSize;
        }
        return prefixFollows ? 0 : Math.min(contextSize, ALLOCATED_TOKENS);
    }

    private static long value(OptionalLong value, long otherwise) {
        return value.orElse(otherwise);
    }
}
