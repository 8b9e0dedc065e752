package dev.crmkit.examples.web;

import dev.crmkit.examples.StorageKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crm.*} settings of the web app. The database itself is Boot's {@code spring.datasource.*};
 * {@code crm.default-currency} and {@code crm.migrate} belong to crmkit's auto-configuration.
 *
 * @param storage the adapter: {@code jpa} or {@code mybatis}
 * @param seed whether to fill an empty database with sample data at start
 * @param agent the assistant's model
 */
@ConfigurationProperties("crm")
public record CrmProperties(
        @DefaultValue("jpa") StorageKind storage,
        @DefaultValue("false") boolean seed,
        @DefaultValue Agent agent) {

    /**
     * The assistant's model: a model on an OpenAI-compatible server when {@code baseUrl} is set, else
     * the GGUF file {@code model} run in-process, else none (the app runs without chat). In the
     * environment: {@code CRM_AGENT_MODEL}, {@code CRM_AGENT_BASE_URL}, {@code CRM_AGENT_MODEL_NAME},
     * {@code CRM_AGENT_API_KEY}, ... Budgets left unset come from the model: the context from its
     * trained length (at least 32,768 tokens, within 2 GiB of KV cache), the output from what each
     * reply needs.
     *
     * @param model a GGUF file for {@code LlamaCppChatModel} ({@code crm.agent.model})
     * @param threads CPU threads for inference ({@code crm.agent.threads})
     * @param contextSize the context window in tokens, prompt plus output ({@code crm.agent.context-size})
     * @param maxTokens the most tokens the model writes per step; when set, long tool arguments are cut to
     *     fit ({@code crm.agent.max-tokens})
     * @param turnTimeout the time one chat message may take, counted once the model has read its
     *     instructions ({@code crm.agent.turn-timeout})
     * @param baseUrl an OpenAI-compatible server (llama.cpp's server, vLLM, Ollama), e.g. {@code http://127.0.0.1:8080/v1}
     * @param modelName the model's name on that server; required with {@code baseUrl}
     * @param apiKey the server's API key, if it needs one
     */
    public record Agent(
            @Nullable Path model,
            @DefaultValue("2") int threads,
            @Nullable Integer contextSize,
            @Nullable Integer maxTokens,
            @DefaultValue("60s") Duration turnTimeout,
            @Nullable URI baseUrl,
            @Nullable String modelName,
            @Nullable String apiKey) {

        @Override
        public String toString() { // never the API key
            return "Agent[model=" + model + ", baseUrl=" + baseUrl + ", modelName=" + modelName + "]";
        }
    }
}
