package dev.crmkit.agent.grammar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Text as a JSON string literal, written as the tool-call grammar writes it and as the conversation shows it to
 * the model.
 *
 * <p>Jackson is built on the first call, not when a class that quotes is loaded: its ~0.1–0.2 s of class loading
 * in a fresh process then runs on the thread that prepares the prompt, beside the native model load, instead of
 * delaying the start of that load.
 */
public final class JsonText {

    private JsonText() {}

    /**
     * @param text any text
     * @return {@code text} in double quotes, with the escapes JSON requires
     */
    public static String quoted(String text) {
        try {
            return Mapper.JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Java string always serialises", e);
        }
    }

    /** Holds the mapper, so that it is created on first use. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }
}
