package dev.crmkit.agent;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one user turn.
 *
 * @param conversationId the conversation
 * @param text           the assistant's answer; when a limit stopped the turn, a sentence saying which
 *                       limit and what was done
 * @param performed      the actions this turn ran or tried, in order: {@link AgentAction.Status#EXECUTED}
 *                       or {@link AgentAction.Status#FAILED}
 * @param pending        every action of the conversation that waits for the host's confirmation, oldest
 *                       first, including those proposed in earlier turns
 * @param stoppedByLimit true when the step limit or the time limit ended the turn before the model answered
 */
public record AgentReply(
        String conversationId,
        String text,
        List<AgentAction> performed,
        List<AgentAction> pending,
        boolean stoppedByLimit) {

    /**
     * Copies the action lists.
     *
     * @param conversationId the conversation
     * @param text the assistant's answer; when a limit stopped the turn, a sentence saying which limit and what was done
     * @param performed the actions this turn ran or tried, in order: {@link AgentAction.Status#EXECUTED} or {@link AgentAction.Status#FAILED}
     * @param pending every action of the conversation that waits for the host's confirmation, oldest first, including those proposed in earlier turns
     * @param stoppedByLimit true when the step limit or the time limit ended the turn before the model answered
     * @throws NullPointerException when a component is missing
     */
    public AgentReply {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(text, "text");
        performed = List.copyOf(performed);
        pending = List.copyOf(pending);
    }
}
