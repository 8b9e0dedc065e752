package dev.crmkit.agent;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as a chat window shows it: what the user wrote, or the assistant's answer. Tool calls
 * and their results are not messages; they are {@link AgentAction}s.
 *
 * @param role who wrote it
 * @param text the text
 * @param at   when, by the agent's clock
 */
public record AgentMessage(Role role, String text, Instant at) {

    /** Who wrote a message. */
    public enum Role {
        /** The user of the host application. */
        USER,
        /** The assistant: the model's final answer or a note of the agent. */
        ASSISTANT
    }

    /**
     * @param role who wrote it
     * @param text the text
     * @param at when, by the agent's clock
     * @throws NullPointerException when a component is missing
     */
    public AgentMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(at, "at");
    }
}
