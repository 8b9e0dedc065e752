package dev.crmkit.agent.boot;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The assistant's error messages in a Spring Boot application's words: crmkit names its Java builder
 * methods ({@code contextSize}, {@code maxTokens}, ...), a user of the application sets properties
 * ({@code crm.agent.context-size}, ...; see {@link CrmAgentProperties}), so the message names those.
 */
public final class AgentErrors {

    private static final Map<String, String> PROPERTIES = Map.of(
            "contextSize", "crm.agent.context-size",
            "maxTokens", "crm.agent.max-tokens",
            "threads", "crm.agent.threads",
            "turnTimeout", "crm.agent.turn-timeout");
    private static final Pattern NAMES = Pattern.compile("\\b(contextSize|maxTokens|turnTimeout|threads)\\b(\\(\\))?");

    private AgentErrors() {}

    /**
     * @param message a message of crmkit's agent or model
     * @return the message with the builder methods it names replaced by the app's properties
     */
    public static String inPropertyNames(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "the assistant failed without saying why; see the app's log";
        }
        Matcher matcher = NAMES.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(PROPERTIES.get(matcher.group(1))));
        }
        return matcher.appendTail(out).toString();
    }
}
