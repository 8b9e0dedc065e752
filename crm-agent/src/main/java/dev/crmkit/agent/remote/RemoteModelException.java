package dev.crmkit.agent.remote;

import dev.crmkit.agent.AgentException;

/**
 * A remote model server could not answer: it was unreachable, refused the API key, did not know the
 * model, failed, or was too slow. The message names the server's base URL and says what to check.
 */
public class RemoteModelException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the server, and what to check
     * @param cause   the client's failure
     */
    public RemoteModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
