package dev.crmkit.core.agentstate;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a conversation's history, as a chat window shows it.
 *
 * @param role who wrote it, in the agent's words (e.g. {@code USER}, {@code ASSISTANT}); at most 20 characters
 * @param text the text
 * @param at when it was written
 */
public record StoredMessage(String role, String text, Instant at) {

    /**
     * Checks that nothing is missing.
     *
     * @param role who wrote it, in the agent's words (e.g. {@code USER}, {@code ASSISTANT}); at most 20 characters
     * @param text the text
     * @param at when it was written
     */
    public StoredMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
