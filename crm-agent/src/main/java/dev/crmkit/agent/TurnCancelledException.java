package dev.crmkit.agent;

/**
 * A turn ended because its {@link TurnCancellation} was cancelled: the model was stopped and no further tool
 * call ran. Tool calls that ran before are in {@link CrmAgent#actions}.
 */
public class TurnCancelledException extends AgentException {

    private static final long serialVersionUID = 1L;

    /** A turn cancelled by the host. */
    public TurnCancelledException() {
        super("the turn was cancelled before the assistant answered; tool calls that ran before are in the"
                + " conversation's actions");
    }
}
