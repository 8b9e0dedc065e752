package dev.crmkit.agent.schema;

import dev.crmkit.agent.AgentException;

/** A tool's JSON schema uses a construct outside the subset crmkit can constrain and validate. */
public class UnsupportedSchemaException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which construct, where, and what to use instead
     */
    public UnsupportedSchemaException(String message) {
        super(message);
    }
}
