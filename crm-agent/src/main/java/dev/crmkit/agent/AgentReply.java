package dev.crmkit.agent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param changeSetId    the change set of the turn's writes, when it changed CRM data: what
 *                       {@code crm.changeSets().undo(..)} takes to revert the turn as one step
 */
public record AgentReply(
        String conversationId,
        String text,
        List<AgentAction> performed,
        List<AgentAction> pending,
        boolean stoppedByLimit,
        Optional<String> changeSetId) {

    /**
     * A reply of a turn that changed no CRM data.
     *
     * @param conversationId the conversation
     * @param text the assistant's answer
     * @param performed the actions this turn ran or tried, in order
     * @param pending every action of the conversation that waits for the host's confirmation
     * @param stoppedByLimit true when a limit ended the turn before the model answered
     */
    public AgentReply(
            String conversationId,
            String text,
            List<AgentAction> performed,
            List<AgentAction> pending,
            boolean stoppedByLimit) {
        this(conversationId, text, performed, pending, stoppedByLimit, Optional.empty());
    }

    /**
     * {@return this reply naming the change set of the turn's writes}
     *
     * @param id the change set's id
     */
    public AgentReply withChangeSet(String id) {
        return new AgentReply(conversationId, text, performed, pending, stoppedByLimit, Optional.of(id));
    }

    /**
     * Copies the action lists.
     *
     * @param conversationId the conversation
     * @param text the assistant's answer; when a limit stopped the turn, a sentence saying which limit and what was done
     * @param performed the actions this turn ran or tried, in order: {@link AgentAction.Status#EXECUTED} or {@link AgentAction.Status#FAILED}
     * @param pending every action of the conversation that waits for the host's confirmation, oldest first, including those proposed in earlier turns
     * @param stoppedByLimit true when the step limit or the time limit ended the turn before the model answered
     * @param changeSetId the change set of the turn's writes, when it changed CRM data
     * @throws NullPointerException when a component is missing
     */
    public AgentReply {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(changeSetId, "changeSetId");
        Objects.requireNonNull(text, "text");
        performed = List.copyOf(performed);
        pending = List.copyOf(pending);
    }
}
