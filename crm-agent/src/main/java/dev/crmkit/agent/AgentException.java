package dev.crmkit.agent;

/**
 * Root of every exception thrown by crmkit-agent. Unchecked, like all crmkit exceptions; the
 * message always says what went wrong and what the caller can do about it.
 */
public class AgentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do about it
     */
    public AgentException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do about it
     * @param cause   the underlying failure
     */
    public AgentException(String message, Throwable cause) {
        super(message, cause);
    }
}
