package dev.crmkit.examples.web;

import dev.crmkit.examples.StorageKind;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crm.*} settings of the web app. The database itself is Boot's {@code spring.datasource.*}.
 *
 * @param storage the adapter: {@code jpa} or {@code mybatis}
 * @param defaultCurrency the currency of deals created without one
 * @param seed whether to fill an empty database with sample data at start
 * @param agent the assistant's model
 */
@ConfigurationProperties("crm")
public record CrmProperties(
        @DefaultValue("jpa") StorageKind storage,
        @DefaultValue("USD") String defaultCurrency,
        @DefaultValue("false") boolean seed,
        @DefaultValue Agent agent) {

    /**
     * The assistant's model. Without {@code model} the app runs without chat. Budgets left unset come
     * from the model: the context from its trained length (at least 32,768 tokens, within 2 GiB of KV
     * cache), the output from what each reply needs.
     *
     * @param model a GGUF file for {@code LlamaCppChatModel} ({@code crm.agent.model})
     * @param threads CPU threads for inference ({@code crm.agent.threads})
     * @param contextSize the context window in tokens, prompt plus output ({@code crm.agent.context-size})
     * @param maxTokens the most tokens the model writes per step; when set, long tool arguments are cut to
     *     fit ({@code crm.agent.max-tokens})
     * @param turnTimeout the time one chat message may take, counted once the model has read its
     *     instructions ({@code crm.agent.turn-timeout})
     */
    public record Agent(
            @Nullable Path model,
            @DefaultValue("2") int threads,
            @Nullable Integer contextSize,
            @Nullable Integer maxTokens,
            @DefaultValue("60s") Duration turnTimeout) {}
}
