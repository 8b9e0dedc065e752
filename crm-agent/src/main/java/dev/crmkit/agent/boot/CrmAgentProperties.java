package dev.crmkit.agent.boot;

import dev.crmkit.core.agentstate.AgentRetention;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crm.agent.*} settings of the assistant's Spring Boot auto-configuration
 * ({@link CrmAgentAutoConfiguration}). The model is the application's LangChain4j {@code ChatModel}
 * bean when it has one, else a model on the OpenAI-compatible server {@code baseUrl}, else the GGUF
 * file {@code model} run in-process, else none. In the environment: {@code CRM_AGENT_MODEL},
 * {@code CRM_AGENT_BASE_URL}, {@code CRM_AGENT_MODEL_NAME}, {@code CRM_AGENT_API_KEY}, ... Budgets
 * left unset come from the model: the context from its trained length (within a memory limit), the
 * output from what each reply needs.
 *
 * @param model a GGUF file run in-process by {@code LlamaCppChatModel} ({@code crm.agent.model})
 * @param threads CPU threads for in-process inference ({@code crm.agent.threads})
 * @param contextSize the context window in tokens, prompt plus output; unset, from the model
 *     ({@code crm.agent.context-size})
 * @param maxTokens the most tokens the model writes per step; when set, long tool arguments are cut to
 *     fit ({@code crm.agent.max-tokens})
 * @param turnTimeout the time one chat message may take, counted once the model has read its
 *     instructions ({@code crm.agent.turn-timeout})
 * @param baseUrl an OpenAI-compatible server (llama.cpp's server, vLLM, Ollama), e.g. {@code
 *     http://127.0.0.1:8080/v1} ({@code crm.agent.base-url})
 * @param modelName the model's name on that server; required with {@code baseUrl}
 *     ({@code crm.agent.model-name})
 * @param apiKey the server's API key, if it needs one ({@code crm.agent.api-key})
 * @param owner who the stored conversations and actions belong to when the application does not
 *     claim them for one of its users first ({@code crm.agent.owner})
 * @param retention how much of the assistant's state is kept per owner ({@code crm.agent.retention.*})
 */
@ConfigurationProperties("crm.agent")
public record CrmAgentProperties(
        @Nullable Path model,
        @DefaultValue("2") int threads,
        @Nullable Integer contextSize,
        @Nullable Integer maxTokens,
        @DefaultValue("60s") Duration turnTimeout,
        @Nullable URI baseUrl,
        @Nullable String modelName,
        @Nullable String apiKey,
        @DefaultValue(CrmAgentProperties.DEFAULT_OWNER) String owner,
        @DefaultValue Retention retention) {

    /** The owner of conversations nobody claimed, unless {@code crm.agent.owner} says otherwise. */
    public static final String DEFAULT_OWNER = "application";

    /**
     * How much of the assistant's state the CRM's database keeps per owner (a web application's
     * owners are its users): the owner's newest {@code maxConversations} conversations, each with
     * its newest {@code maxHistory} messages, the owner's newest {@code maxActions} action-log
     * entries, and nothing untouched for longer than {@code maxAge}. See {@link AgentRetention}.
     *
     * @param maxConversations conversations kept per owner ({@code crm.agent.retention.max-conversations})
     * @param maxHistory chat messages kept per conversation ({@code crm.agent.retention.max-history})
     * @param maxActions action-log entries kept per owner ({@code crm.agent.retention.max-actions})
     * @param maxAge how long untouched conversations and old actions are kept
     *     ({@code crm.agent.retention.max-age}, e.g. {@code 30d})
     */
    public record Retention(
            @DefaultValue("100") int maxConversations,
            @DefaultValue("1000") int maxHistory,
            @DefaultValue("10000") int maxActions,
            @DefaultValue("30d") Duration maxAge) {

        /**
         * @return the retention the CRM applies
         * @throws IllegalArgumentException naming the setting that is out of range
         */
        public AgentRetention toAgentRetention() {
            return new AgentRetention(maxConversations, maxHistory, maxActions, maxAge);
        }
    }

    @Override
    public String toString() { // never the API key
        return "CrmAgentProperties[model=" + model + ", baseUrl=" + baseUrl + ", modelName=" + modelName + ", owner="
                + owner + ", retention=" + retention + "]";
    }
}
