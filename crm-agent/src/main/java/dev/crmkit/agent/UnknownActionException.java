package dev.crmkit.agent;

/**
 * {@link CrmAgent#confirm} or {@link CrmAgent#reject} was given an action id that is not pending in
 * that conversation: unknown, of another conversation, or already decided.
 */
public class UnknownActionException extends AgentException {

    private static final long serialVersionUID = 1L;

    /** The conversation asked about. */
    private final String conversationId;

    /** The action id given. */
    private final String actionId;

    /**
     * @param conversationId the conversation asked about
     * @param actionId       the action id given
     */
    public UnknownActionException(String conversationId, String actionId) {
        super("no action " + actionId + " waits for confirmation in conversation " + conversationId
                + "; it may have been decided already — see CrmAgent.pending(conversationId)");
        this.conversationId = conversationId;
        this.actionId = actionId;
    }

    /** {@return the conversation asked about} */
    public String conversationId() {
        return conversationId;
    }

    /** {@return the action id given} */
    public String actionId() {
        return actionId;
    }
}
