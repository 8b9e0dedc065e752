package dev.crmkit.agent.llama;

import dev.crmkit.agent.grammar.GrammarLimits;
import dev.crmkit.agent.model.ModelFileException;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Configures and loads a {@link LlamaCppChatModel}. Not thread-safe. */
public final class LlamaCppChatModelBuilder {

    @Nullable
    Path modelPath;

    int threads = 2;

    @Nullable
    Integer contextSize;

    int gpuLayers;
    int seed = 42;
    float temperature = 0.2f;

    @Nullable
    Integer maxTokens;

    long contextMemoryLimit = ModelBudgets.DEFAULT_MEMORY_LIMIT;

    @Nullable
    ChatTemplate chatTemplate;

    GrammarLimits grammarLimits = GrammarLimits.defaults();

    @Nullable
    Duration maxQueueWait;

    boolean nativeLogging;

    @Nullable
    LlamaCppEngine engine;

    @Nullable
    Path prefixCache;

    @Nullable
    String prefixSystemMessage;

    @Nullable
    Supplier<? extends List<ToolSpecification>> prefixTools;

    LlamaCppChatModelBuilder() {}

    /**
     * @param engine which native engine runs the model; default {@link LlamaCppEngine#AUTO}, or the system
     *               property {@value LlamaCppEngine#PROPERTY}
     * @return this
     */
    public LlamaCppChatModelBuilder engine(LlamaCppEngine engine) {
        this.engine = engine;
        return this;
    }

    /**
     * @param directory where crmkit's engine saves evaluated prefixes ({@link LlamaCppChatModel#preparePrefix}),
     *                  keyed by the model file's SHA-256, the prefix text and the engine version; default
     *                  the system property {@value LlamaCppChatModel#PREFIX_CACHE_PROPERTY}, else none (prefixes live in memory
     *                  only)
     * @return this
     */
    public LlamaCppChatModelBuilder prefixCache(Path directory) {
        this.prefixCache = directory;
        return this;
    }

    /**
     * Prepares the system turn of requests with {@code systemMessage} and {@code tools} during {@link #build()}, as
     * {@link LlamaCppChatModel#preparePrefix} would after it, but with the Java work in the native load's shadow:
     * {@code tools} is called, the tools' grammar compiled and the system turn rendered on a second thread while
     * llama.cpp loads the model; the evaluated prefix is then restored from the {@link #prefixCache} (or evaluated
     * and saved there) before {@code build()} returns. Requests that start with this system turn and carry equal
     * tools evaluate only their own messages. For the CRM tools that takes ~0.2–0.3 s of CPU off the way to a fresh
     * process's first token where the machine has a core free during the load. Without a {@link #contextSize},
     * the prefix also sizes the KV cache crmkit's engine allocates (its tokens and 1,024 more, instead of 8,192):
     * fewer pages to clear at start; the cache grows when a conversation needs more.
     *
     * @param systemMessage the system message requests will carry, or null
     * @param tools         called once, on another thread, for the tools requests will carry (empty for plain chat);
     *                      what it throws, {@code build()} throws
     * @return this
     * @see LlamaCppChatModel#prefixRestored()
     */
    public LlamaCppChatModelBuilder prefix(
            @Nullable String systemMessage, Supplier<? extends List<ToolSpecification>> tools) {
        this.prefixSystemMessage = systemMessage;
        this.prefixTools = Objects.requireNonNull(tools, "tools");
        return this;
    }

    /**
     * @param path the GGUF file (required)
     * @return this
     */
    public LlamaCppChatModelBuilder modelPath(Path path) {
        this.modelPath = path;
        return this;
    }

    /**
     * @param threads CPU threads for prompt and generation; default 2 (physical cores are best). A model file
     *                under 32 MiB runs on one thread on either engine: its operations are too short for
     *                ggml's threads to meet at their barrier without stalling on a busy machine
     * @return this
     */
    public LlamaCppChatModelBuilder threads(int threads) {
        this.threads = positive(threads, "threads");
        return this;
    }

    /**
     * @param tokens context window (prompt plus output), allocated at load; default the model's trained length,
     *               at least 32,768, as far as {@link #contextMemoryLimit} allows, of which crmkit's engine
     *               allocates 8,192 tokens at load (with a {@link #prefix}: the prefix's tokens and 1,024 more)
     *               and the rest when a request needs it
     * @return this
     */
    public LlamaCppChatModelBuilder contextSize(int tokens) {
        this.contextSize = positive(tokens, "contextSize");
        return this;
    }

    /**
     * @param bytes the most memory the KV cache of the default context may take (f16 keys and values);
     *              default 2 GiB. Ignored when {@link #contextSize} is set.
     * @return this
     */
    public LlamaCppChatModelBuilder contextMemoryLimit(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("contextMemoryLimit must be positive, not " + bytes);
        }
        this.contextMemoryLimit = bytes;
        return this;
    }

    /**
     * @param layers layers offloaded to a GPU when the native build has one; default 0
     * @return this
     */
    public LlamaCppChatModelBuilder gpuLayers(int layers) {
        if (layers < 0) {
            throw new IllegalArgumentException("gpuLayers must not be negative");
        }
        this.gpuLayers = layers;
        return this;
    }

    /**
     * @param seed sampling seed, so runs repeat; default 42
     * @return this
     */
    public LlamaCppChatModelBuilder seed(int seed) {
        this.seed = seed;
        return this;
    }

    /**
     * @param temperature default sampling temperature; default 0.2, requests may override
     * @return this
     */
    public LlamaCppChatModelBuilder temperature(double temperature) {
        if (temperature < 0) {
            throw new IllegalArgumentException("temperature must not be negative");
        }
        this.temperature = (float) temperature;
        return this;
    }

    /**
     * @param tokens output budget; requests may override. By default each output gets what it needs: a
     *               tool call the chosen tool's longest arguments (strings uncut up to their schema's
     *               {@code maxLength}), an answer its grammar's bound, plain text a quarter of the
     *               context. When set, tool grammars are cut to fit it (each tool on its own), so a tool
     *               call or answer is never truncated.
     * @return this
     */
    public LlamaCppChatModelBuilder maxTokens(int tokens) {
        this.maxTokens = positive(tokens, "maxTokens");
        return this;
    }

    /**
     * @param template overrides the format detected from the file
     * @return this
     */
    public LlamaCppChatModelBuilder chatTemplate(ChatTemplate template) {
        this.chatTemplate = template;
        return this;
    }

    /**
     * @param limits bounds for strings, arrays and answers the tool schemas leave open
     * @return this
     */
    public LlamaCppChatModelBuilder grammarLimits(GrammarLimits limits) {
        this.grammarLimits = limits;
        return this;
    }

    /**
     * @param wait longest wait for a busy model, then {@link ModelBusyException}; zero rejects at once
     * @return this
     */
    public LlamaCppChatModelBuilder maxQueueWait(Duration wait) {
        if (wait.isNegative()) {
            throw new IllegalArgumentException("maxQueueWait must not be negative");
        }
        this.maxQueueWait = wait;
        return this;
    }

    /**
     * @param enabled let llama.cpp write its own log to stderr (process-wide, for diagnosis); default
     *                off, since a library must not write to the console
     * @return this
     */
    public LlamaCppChatModelBuilder nativeLogging(boolean enabled) {
        this.nativeLogging = enabled;
        return this;
    }

    /**
     * Checks the file in Java, then loads it.
     *
     * @return the loaded model
     * @throws ModelFileException               when the file does not exist
     * @throws dev.crmkit.agent.gguf.GgufFormatException when it is not a GGUF file
     * @throws UnsupportedArchitectureException when the engine's llama.cpp cannot run its architecture
     * @throws LlamaCppException                when llama.cpp fails to load it, or to prepare the {@link #prefix}
     * @throws ContextOverflowException         when the {@link #prefix} does not fit the context
     */
    public LlamaCppChatModel build() {
        return new LlamaCppChatModel(this);
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
        return value;
    }
}
