package dev.crmkit.agent.remote;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A model served by any OpenAI-compatible chat server — llama.cpp's {@code llama-server}, vLLM,
 * Ollama ({@code /v1}), or OpenAI itself — as the agent's {@link ChatModel} and
 * {@link StreamingChatModel}, through LangChain4j's OpenAI module.
 *
 * <pre>{@code
 * OpenAiCompatibleModel remote = OpenAiCompatibleModel.builder()
 *         .baseUrl(URI.create("http://127.0.0.1:8080/v1"))
 *         .modelName("qwen2.5-1.5b-instruct")
 *         .build();
 * CrmAgent agent = CrmAgent.builder().crm(crm)
 *         .chatModel(remote.chatModel())
 *         .streamingChatModel(remote.streamingChatModel())
 *         .build();
 * }</pre>
 *
 * <p>Failures reach the caller as a {@link RemoteModelException} whose message names the base URL
 * and what to check (the server is down, the API key is refused, the model is unknown, the server
 * failed or was too slow), never as the HTTP client's exception. Requests are not retried: the agent
 * has a turn time limit, and the user can send the message again. The server's tool calls go back to
 * the agent unchanged, so an unknown tool or invalid arguments become observations for the model,
 * exactly as with a local model; unlike a local model, nothing constrains what the server generates.
 *
 * <p>Immutable and thread-safe; the models it builds are too.
 */
public final class OpenAiCompatibleModel {

    /** How long one request may take when {@link Builder#timeout} is not set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final String baseUrl;
    private final String modelName;
    private final @Nullable String apiKey;
    private final Duration timeout;
    private final RemoteFailures failures;

    private OpenAiCompatibleModel(Builder builder) {
        if (builder.baseUrl == null) {
            throw new IllegalArgumentException("baseUrl is required: the server's OpenAI-compatible address");
        }
        if (builder.modelName == null || builder.modelName.isBlank()) {
            throw new IllegalArgumentException(
                    "modelName is required: the name the server knows the model by (any name for llama-server)");
        }
        this.baseUrl = builder.baseUrl;
        this.modelName = builder.modelName;
        this.apiKey = builder.apiKey == null || builder.apiKey.isBlank() ? null : builder.apiKey;
        this.timeout = builder.timeout;
        this.failures = new RemoteFailures(baseUrl, modelName, timeout);
    }

    /** @return a builder; {@link Builder#baseUrl} and {@link Builder#modelName} are required */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the server's base URL, as configured */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the model's name on the server */
    public String modelName() {
        return modelName;
    }

    /** @return a blocking model over the server's {@code /chat/completions} */
    public ChatModel chatModel() {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
                .timeout(timeout)
                .maxRetries(0);
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        return new Blocking(builder.build(), failures);
    }

    /** @return a streaming model over the server's {@code /chat/completions} with server-sent events */
    public StreamingChatModel streamingChatModel() {
        OpenAiStreamingChatModel.OpenAiStreamingChatModelBuilder builder = OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .modelName(modelName)
                .timeout(timeout);
        if (apiKey != null) {
            builder.apiKey(apiKey);
        }
        return new Streaming(builder.build(), failures);
    }

    @Override
    public String toString() {
        return modelName + " at " + baseUrl;
    }

    /** Sets up an {@link OpenAiCompatibleModel}. */
    public static final class Builder {

        private @Nullable String baseUrl;
        private @Nullable String modelName;
        private @Nullable String apiKey;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder() {}

        /**
         * @param baseUrl the server's OpenAI-compatible address, usually ending in {@code /v1}
         *                ({@code http://127.0.0.1:8080/v1} for llama-server, {@code http://127.0.0.1:11434/v1}
         *                for Ollama)
         * @return this builder
         * @throws IllegalArgumentException unless it is an http(s) address
         */
        public Builder baseUrl(URI baseUrl) {
            String scheme = baseUrl.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme) || baseUrl.getHost() == null) {
                throw new IllegalArgumentException(
                        "the base URL must be an http:// or https:// address with a host, not " + baseUrl);
            }
            this.baseUrl = baseUrl.toString();
            return this;
        }

        /**
         * @param modelName the name the server knows the model by
         * @return this builder
         */
        public Builder modelName(String modelName) {
            this.modelName = Objects.requireNonNull(modelName, "modelName");
            return this;
        }

        /**
         * @param apiKey sent as a bearer token; {@code null} or blank sends none (a local server needs none)
         * @return this builder
         */
        public Builder apiKey(@Nullable String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * @param timeout how long one request may take (default {@link #DEFAULT_TIMEOUT})
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** @return the configured server */
        public OpenAiCompatibleModel build() {
            return new OpenAiCompatibleModel(this);
        }
    }

    /** The blocking model, with failures in words. */
    private static final class Blocking implements ChatModel {

        private final ChatModel delegate;
        private final RemoteFailures failures;

        Blocking(ChatModel delegate, RemoteFailures failures) {
            this.delegate = delegate;
            this.failures = failures;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            try {
                return delegate.chat(request);
            } catch (RuntimeException e) {
                throw failures.translate(e);
            }
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            return chat(request);
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return delegate.defaultRequestParameters();
        }
    }

    /** The streaming model, with failures in words. */
    private static final class Streaming implements StreamingChatModel {

        private final StreamingChatModel delegate;
        private final RemoteFailures failures;

        Streaming(StreamingChatModel delegate, RemoteFailures failures) {
            this.delegate = delegate;
            this.failures = failures;
        }

        @Override
        public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
            try {
                delegate.chat(request, new Translating(handler, failures));
            } catch (RuntimeException e) {
                handler.onError(failures.translate(e));
            }
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            chat(request, handler);
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return delegate.defaultRequestParameters();
        }
    }

    /** Passes everything through but errors, which it translates. */
    private record Translating(StreamingChatResponseHandler handler, RemoteFailures failures)
            implements StreamingChatResponseHandler {

        @Override
        public void onPartialResponse(String partialResponse) {
            handler.onPartialResponse(partialResponse);
        }

        @Override
        public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
            handler.onPartialResponse(partialResponse, context);
        }

        @Override
        public void onPartialToolCall(PartialToolCall partialToolCall) {
            handler.onPartialToolCall(partialToolCall);
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall completeToolCall) {
            handler.onCompleteToolCall(completeToolCall);
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            handler.onCompleteResponse(completeResponse);
        }

        @Override
        public void onError(Throwable error) {
            handler.onError(failures.translate(error));
        }
    }
}
