package dev.crmkit.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.tool.ToolResult;

/**
 * What the model reads back after a tool call. Results are wrapped as {@code {"data": ...}} so the
 * system prompt can tell the model that what is inside is CRM data, never instructions; errors and
 * pending confirmations have their own keys, so even a small model tells them apart.
 */
final class Observations {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static final String PENDING = "{\"pending\": \"This action needs the user's confirmation in the app. "
            + "It has NOT been done. Tell the user it awaits their confirmation.\"}";

    private Observations() {}

    static String of(ToolResult result) {
        return result.isSuccess() ? "{\"data\": " + result.content() + "}" : error(result.content());
    }

    static String error(String message) {
        return "{\"error\": " + quote(message) + "}";
    }

    /** @return the arguments as given when they are JSON; otherwise the raw text as a JSON string */
    static String arguments(String raw) {
        try {
            JSON.readTree(raw);
            return raw.strip();
        } catch (JsonProcessingException e) {
            return quote(raw);
        }
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Java string always serialises", e);
        }
    }
}
