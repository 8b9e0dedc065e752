package dev.crmkit.agent;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One tool call the agent made, or proposed, in a conversation.
 *
 * @param id             unique, unguessable; what {@link CrmAgent#confirm} and {@link CrmAgent#reject} take
 * @param conversationId the conversation it belongs to
 * @param at             when it ran, was proposed, or (for a decided one) was decided, by the agent's clock
 * @param tool           the tool name, e.g. {@code create_contact}
 * @param arguments      the arguments as JSON, as the model wrote them (a JSON string holding the raw text
 *                       when the model wrote no valid JSON)
 * @param status         what became of it
 * @param result         the tool's result as compact JSON, when it ran and succeeded
 * @param error          what went wrong, naming the field where there is one, when it failed
 */
public record AgentAction(
        String id,
        String conversationId,
        Instant at,
        String tool,
        String arguments,
        Status status,
        @Nullable String result,
        @Nullable String error) {

    /** What became of an action. */
    public enum Status {
        /** Ran and succeeded. */
        EXECUTED,
        /** Did not succeed: an unknown tool, invalid arguments, a broken CRM rule, or a failure after confirmation. */
        FAILED,
        /** Waits for the host to {@linkplain CrmAgent#confirm confirm} or {@linkplain CrmAgent#reject reject} it. */
        PENDING,
        /** Confirmed by the host, then ran and succeeded. */
        CONFIRMED,
        /** Rejected by the host; never ran. */
        REJECTED
    }

    /**
     * @param id unique, unguessable; what {@link CrmAgent#confirm} and {@link CrmAgent#reject} take
     * @param conversationId the conversation it belongs to
     * @param at when it ran, was proposed, or (for a decided one) was decided, by the agent's clock
     * @param tool the tool name, e.g. {@code create_contact}
     * @param arguments the arguments as JSON, as the model wrote them (a JSON string holding the raw text when the model wrote no valid JSON)
     * @param status what became of it
     * @param result the tool's result as compact JSON, when it ran and succeeded
     * @param error what went wrong, naming the field where there is one, when it failed
     * @throws NullPointerException when the id, conversation, time or tool is missing
     */
    public AgentAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(status, "status");
    }

    /** @return true while the action waits for the host's decision */
    public boolean isPending() {
        return status == Status.PENDING;
    }
}
