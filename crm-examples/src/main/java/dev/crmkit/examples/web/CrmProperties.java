package dev.crmkit.examples.web;

import dev.crmkit.examples.StorageKind;
import java.nio.file.Path;
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
     * The assistant's model. Without {@code model} the app runs without chat.
     *
     * @param model a GGUF file for {@code LlamaCppChatModel}
     * @param threads CPU threads for inference
     * @param contextSize the model's context window in tokens
     */
    public record Agent(
            @Nullable Path model,
            @DefaultValue("2") int threads,
            @DefaultValue("8192") int contextSize) {}
}
