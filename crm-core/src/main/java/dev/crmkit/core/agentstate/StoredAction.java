package dev.crmkit.core.agentstate;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One tool call an agent made or proposed, as stored: a pending action of a conversation, or an
 * entry of the action log.
 *
 * @param id unique (at most 100 characters); the agent chooses it
 * @param conversationId the conversation it belongs to (at most 100 characters)
 * @param owner who the conversation belongs to (at most 100 characters); retention counts per owner
 * @param at when it ran, was proposed or was decided
 * @param tool the tool name (at most 100 characters)
 * @param arguments the arguments as JSON text
 * @param status what became of it, in the agent's words (at most 20 characters)
 * @param result the tool's result, when there is one
 * @param error what went wrong, when something did
 */
public record StoredAction(
        String id,
        String conversationId,
        String owner,
        Instant at,
        String tool,
        String arguments,
        String status,
        @Nullable String result,
        @Nullable String error) {

    /**
     * Checks that nothing required is missing.
     *
     * @param id unique (at most 100 characters); the agent chooses it
     * @param conversationId the conversation it belongs to (at most 100 characters)
     * @param owner who the conversation belongs to (at most 100 characters); retention counts per owner
     * @param at when it ran, was proposed or was decided
     * @param tool the tool name (at most 100 characters)
     * @param arguments the arguments as JSON text
     * @param status what became of it, in the agent's words (at most 20 characters)
     * @param result the tool's result, when there is one
     * @param error what went wrong, when something did
     */
    public StoredAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(status, "status");
    }
}
