package dev.crmkit.agent.config;

import dev.crmkit.agent.CrmAgentBuilder;
import dev.crmkit.agent.llama.LlamaCppChatModel;
import dev.crmkit.agent.llama.LlamaCppChatModelBuilder;
import dev.crmkit.agent.remote.OpenAiCompatibleModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The assistant's model, chosen by configuration: a GGUF file run in-process ({@link #local}), a model
 * on an OpenAI-compatible server ({@link #remote}), or a model the host already has ({@link #of}) —
 * with its streaming form when it has one, and what to close. Spring Boot's auto-configuration
 * ({@code dev.crmkit.agent.boot}) and command-line tools build it from their settings;
 * {@link #applyTo} hands it to a {@link CrmAgentBuilder}. Closing it frees what it loaded (a local
 * model's native memory); a host's model is the host's to close. Thread-safe once built.
 */
public final class AgentModel implements AutoCloseable {

    private final ChatModel chatModel;
    private final @Nullable StreamingChatModel streamingChatModel;
    private final @Nullable AutoCloseable resource;
    private final String description;

    private AgentModel(
            ChatModel chatModel,
            @Nullable StreamingChatModel streamingChatModel,
            @Nullable AutoCloseable resource,
            String description) {
        this.chatModel = chatModel;
        this.streamingChatModel = streamingChatModel;
        this.resource = resource;
        this.description = description;
    }

    /**
     * Loads a GGUF file in-process.
     *
     * @param file        the model file
     * @param threads     CPU threads for inference
     * @param contextSize the context window in tokens; {@code null} for the model's default
     * @param maxTokens   the most tokens per step; {@code null} for what each output needs
     * @return the loaded model; close it to free the native memory
     * @throws RuntimeException what loading throws (a missing file, an unsupported architecture, ...)
     */
    public static AgentModel local(Path file, int threads, @Nullable Integer contextSize, @Nullable Integer maxTokens) {
        LlamaCppChatModelBuilder builder =
                LlamaCppChatModel.builder().modelPath(file).threads(threads);
        if (contextSize != null) {
            builder.contextSize(contextSize);
        }
        if (maxTokens != null) {
            builder.maxTokens(maxTokens);
        }
        LlamaCppChatModel model = builder.build();
        return new AgentModel(model, model.streaming(), model, file.getFileName() + " in-process");
    }

    /**
     * A model on an OpenAI-compatible server (llama.cpp's server, vLLM, Ollama); nothing is contacted
     * until the first message.
     *
     * @param baseUrl   the server's address, usually ending in {@code /v1}
     * @param modelName the model's name on the server
     * @param apiKey    the bearer token, or {@code null} for none
     * @return the remote model
     * @throws IllegalArgumentException when the address is not http(s) or the name is blank
     */
    public static AgentModel remote(URI baseUrl, String modelName, @Nullable String apiKey) {
        OpenAiCompatibleModel remote = OpenAiCompatibleModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
                .apiKey(apiKey)
                .build();
        return new AgentModel(remote.chatModel(), remote.streamingChatModel(), null, remote.toString());
    }

    /**
     * @param chatModel a model the host built (or a scripted one in tests)
     * @param streamingChatModel its streaming form, if it has one
     * @return the model; closing it closes nothing
     */
    public static AgentModel of(ChatModel chatModel, @Nullable StreamingChatModel streamingChatModel) {
        return new AgentModel(
                chatModel, streamingChatModel, null, chatModel.getClass().getSimpleName());
    }

    /**
     * @param agent a builder, which gets this model (and its streaming form, if any)
     * @return the same builder
     */
    public CrmAgentBuilder applyTo(CrmAgentBuilder agent) {
        agent.chatModel(chatModel);
        if (streamingChatModel != null) {
            agent.streamingChatModel(streamingChatModel);
        }
        return agent;
    }

    /** @return the blocking model */
    public ChatModel chatModel() {
        return chatModel;
    }

    /** @return the streaming form of the model, when it has one */
    public Optional<StreamingChatModel> streamingChatModel() {
        return Optional.ofNullable(streamingChatModel);
    }

    /** @return what this model is, for a log line: a file name, or a model name and its server */
    public String description() {
        return description;
    }

    /**
     * Frees what {@link #local} loaded; nothing for the other kinds.
     *
     * @throws IllegalStateException when the model cannot be closed
     */
    @Override
    public void close() {
        if (resource != null) {
            try {
                resource.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + description, e);
            }
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
