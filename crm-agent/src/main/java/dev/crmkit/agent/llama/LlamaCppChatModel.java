package dev.crmkit.agent.llama;

import dev.crmkit.agent.PromptPreloading;
import dev.crmkit.agent.engine.InferenceEngine;
import dev.crmkit.agent.engine.Prompt;
import dev.crmkit.agent.gguf.GgufMetadata;
import dev.crmkit.agent.gguf.GgufReader;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.crmkit.agent.grammar.ToolCallGrammarCompiler;
import dev.crmkit.agent.model.ModelFileException;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LangChain4j {@link ChatModel} that runs a GGUF model in-process through llama.cpp, on the engine
 * {@link LlamaCppChatModelBuilder#engine} picks. {@link #streaming()} gives the {@link dev.langchain4j.model.chat.StreamingChatModel}
 * over the same loaded model (one class cannot be both: the two interfaces declare {@code chat(String)}
 * with different return types).
 *
 * <h2>Tools</h2>
 * When a request carries tool specifications, the output is constrained by a grammar compiled once per
 * tool set ({@link ToolCallGrammar}): the model can only write a call to one of the tools with
 * schema-valid arguments, or (unless {@link ToolChoice#REQUIRED}) a final answer. The response is then
 * an {@link AiMessage} with one {@link dev.langchain4j.agent.tool.ToolExecutionRequest}, or with text.
 * Without tools the model writes plain text until the end of its turn or {@code maxOutputTokens}.
 *
 * <h2>Prompt and context</h2>
 * Conversations are rendered with the model's chat template ({@link ChatTemplate}, detected from the
 * GGUF's {@code tokenizer.chat_template}; ChatML when it has none). Only the template's markers become special
 * tokens: messages and tool results stay text even where they spell {@code <|im_start|>} or {@code </s>}, so a
 * user or a CRM record cannot forge a system turn. The system turn (system messages,
 * then the tool descriptions) comes first and is stable, so llama.cpp reuses its KV cache: measured on
 * stories260K, a second turn sharing a 40-token prefix evaluated 3 prompt tokens instead of 43. When a
 * conversation outgrows the context, its oldest messages are dropped; when even the system turn and
 * the latest message do not fit, {@link ContextOverflowException}.
 *
 * <h2>Concurrency</h2>
 * Thread-safe. One native context serves one generation at a time: callers queue fairly, in arrival
 * order, and wait without limit unless {@link LlamaCppChatModelBuilder#maxQueueWait} is set (zero = reject at once with
 * {@link ModelBusyException}). A blocked {@link #chat} call ends with
 * {@link GenerationCancelledException} when its thread is interrupted (checked between tokens).
 *
 * <h2>Lifecycle</h2>
 * Loading takes the file's size in memory (memory-mapped) plus the KV cache. {@link #close()} waits for
 * the running generation to stop at its next token, fails queued ones, and frees the engine. With
 * {@link LlamaCppEngine#JAVA_LLAMA_CPP} a non-daemon native thread outlives close, so a command-line program
 * must end with {@code System.exit}; crmkit points {@code de.kherud.llama.tmpdir} at a directory of its own
 * unless the host has set it (that binding deletes {@code llama*} files there on first load).
 */
public final class LlamaCppChatModel implements ChatModel, PromptPreloading, AutoCloseable {

    /**
     * System property: the {@link LlamaCppChatModelBuilder#prefixCache} directory of every model whose builder names none. It lets a
     * host, or a test run of many processes and test classes, share evaluated prefixes without code: a prefix of
     * the CRM tools in stories260K's vocabulary takes minutes to evaluate and milliseconds to restore.
     */
    public static final String PREFIX_CACHE_PROPERTY = "crmkit.llama.prefix-cache";

    private static final Logger log = LoggerFactory.getLogger(LlamaCppChatModel.class);

    private final LlamaEngine engine;
    private final GgufMetadata metadata;
    private final ChatTemplate template;
    private final RequestRunner.Settings settings;
    private final RequestRunner runner;
    private final GrammarCache grammars;
    private final ConversationRenderer renderer;
    private final LlamaCppStreamingChatModel streaming;
    private final boolean prefixRestored;
    private final ExecutorService preloader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "crmkit-llama-preload");
        thread.setDaemon(true);
        return thread;
    });

    LlamaCppChatModel(LlamaCppChatModelBuilder builder) {
        Path file = builder.modelPath;
        if (file == null) {
            throw new IllegalArgumentException("modelPath is required");
        }
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException("model file " + file.toAbsolutePath() + " does not exist; check the path, "
                    + "or fetch the model with ModelFiles.download");
        }
        EngineLoader.preloadLibraries(builder.engine);
        this.metadata = GgufReader.read(file);
        LlamaCppEngine engineChoice = EngineLoader.choose(builder.engine, metadata.architecture(), file);
        this.template = builder.chatTemplate != null ? builder.chatTemplate : ChatTemplate.of(metadata, file);
        int contextSize = ModelBudgets.contextSize(metadata, builder.contextSize, builder.contextMemoryLimit, file);
        this.settings = new RequestRunner.Settings(contextSize, builder.seed, builder.temperature, builder.maxTokens);
        this.grammars = new GrammarCache(new ToolCallGrammarCompiler(builder.grammarLimits));
        this.renderer = new ConversationRenderer(template, this::countTokens);
        CompletableFuture<Prompt> prefix = renderPrefix(builder);
        InferenceEngine loaded;
        try {
            loaded = EngineLoader.load(
                    engineChoice,
                    file,
                    builder.threads,
                    contextSize,
                    ModelBudgets.allocatedContextSize(builder.contextSize, contextSize, prefix != null),
                    builder.gpuLayers,
                    builder.nativeLogging,
                    builder.prefixCache != null ? builder.prefixCache : prefixCacheFromSystemProperty());
        } catch (RuntimeException e) {
            preloader.shutdownNow();
            throw e;
        }
        this.engine = new LlamaEngine(loaded, file.getFileName().toString(), builder.maxQueueWait);
        this.runner = new RequestRunner(
                engine, metadata.name().orElse(metadata.architecture()), template, settings, grammars, renderer);
        this.streaming = new LlamaCppStreamingChatModel(this);
        this.prefixRestored = prefix != null && prepareRenderedPrefix(prefix);
        log.info(
                "loaded {} ({}, {} template, context {} tokens, {} threads, {})",
                file.getFileName(),
                metadata.architecture(),
                template,
                contextSize,
                builder.threads,
                engine.description());
    }

    /**
     * Renders the builder's {@link LlamaCppChatModelBuilder#prefix} on the preload thread, beside the native load: the
     * tools' specifications (reflection, cold), their grammar and the system turn take ~0.2–0.3 s of CPU in a fresh
     * process, and the single-threaded native load leaves a second core idle.
     */
    private @Nullable CompletableFuture<Prompt> renderPrefix(LlamaCppChatModelBuilder builder) {
        Supplier<? extends List<ToolSpecification>> tools = builder.prefixTools;
        if (tools == null) {
            return null;
        }
        String systemMessage = builder.prefixSystemMessage;
        return CompletableFuture.supplyAsync(
                () -> RequestRunner.systemPrefix(grammars, renderer, settings, systemMessage, List.copyOf(tools.get())),
                preloader);
    }

    /** Restores (or evaluates and saves) the prefix rendered beside the load; frees the engine when that fails. */
    private boolean prepareRenderedPrefix(CompletableFuture<Prompt> prefix) {
        try {
            Prompt text;
            try {
                text = prefix.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
            return engine.preparePrefix(text);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private int countTokens(Prompt prompt) {
        return engine.countTokens(prompt);
    }

    private static @Nullable Path prefixCacheFromSystemProperty() {
        String directory = System.getProperty(PREFIX_CACHE_PROPERTY, "").strip();
        return directory.isEmpty() ? null : Path.of(directory);
    }

    /** @return a builder; {@link LlamaCppChatModelBuilder#modelPath} is required */
    public static LlamaCppChatModelBuilder builder() {
        return new LlamaCppChatModelBuilder();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return execute(request, text -> {}, () -> false);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return LlamaCppChatRequestParameters.builder()
                .temperature((double) settings.temperature())
                .maxOutputTokens(settings.maxTokens()) // null: what each output needs
                .seed(settings.seed())
                .build();
    }

    /** @return the streaming view of this model: same native context, same queue */
    public LlamaCppStreamingChatModel streaming() {
        return streaming;
    }

    /** @return the chat format prompts are rendered in */
    public ChatTemplate chatTemplate() {
        return template;
    }

    /** @return the GGUF metadata of the loaded file */
    public GgufMetadata modelMetadata() {
        return metadata;
    }

    /**
     * @return what runs the model: {@code engine} (name and llama.cpp version), {@code cpu.variant} (the CPU
     *         back-end in use, e.g. {@code haswell}) and, for crmkit's engine, where its libraries are and
     *         {@code flash.attention} ({@code auto}, or {@code off} for attention heads under 64 dimensions)
     */
    public Map<String, String> engineMetadata() {
        return engine.description();
    }

    /**
     * Evaluates the system turn for {@code tools} (and {@code systemMessage}) now, so the first request that
     * starts with it evaluates only its own messages. With {@link LlamaCppChatModelBuilder#prefixCache} and crmkit's engine,
     * the evaluated state is saved to disk and restored by the next process instead of being evaluated.
     *
     * @param systemMessage the system message requests will carry, or null
     * @param tools         the tools requests will carry; empty for plain chat
     * @return whether the prefix was restored from disk
     */
    public boolean preparePrefix(@Nullable String systemMessage, List<ToolSpecification> tools) {
        return runner.preparePrefix(systemMessage, tools);
    }

    /**
     * @return whether the prefix named by {@link LlamaCppChatModelBuilder#prefix} was restored from the
     *         {@link LlamaCppChatModelBuilder#prefixCache} at build time (false when none was named, or it was
     *         evaluated)
     */
    public boolean prefixRestored() {
        return prefixRestored;
    }

    /** @return the context window in tokens: prompt plus output */
    public int contextSize() {
        return settings.contextSize();
    }

    /** Runs one request; see {@link RequestRunner#execute}. */
    ChatResponse execute(ChatRequest request, Consumer<String> onAnswerText, BooleanSupplier cancelled) {
        return runner.execute(request, onAnswerText, cancelled);
    }

    /**
     * Evaluates the system turn of requests like {@code request} (system messages, tool descriptions) into
     * the KV cache on a background thread, queued like a request; the first message then pays only for its
     * own tokens.
     */
    @Override
    public CompletableFuture<Void> preload(ChatRequest request) {
        ChatRequestParameters parameters = defaultRequestParameters().overrideWith(request.parameters());
        return CompletableFuture.runAsync(() -> runner.preload(request, parameters), preloader);
    }

    /**
     * Stops new requests, waits for the running generation to stop at its next token (a prompt prefix being
     * evaluated ahead of time, at its next batch), fails queued ones and stops llama.cpp's loop. Idempotent.
     */
    @Override
    public void close() {
        streaming.shutdown();
        preloader.shutdown();
        engine.close();
    }
}
