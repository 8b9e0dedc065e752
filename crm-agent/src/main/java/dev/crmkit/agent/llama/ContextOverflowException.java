package dev.crmkit.agent.llama;

import dev.crmkit.agent.AgentException;

/** Even the system prompt, the tool descriptions and the latest message do not fit the context window. */
public class ContextOverflowException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened and what to do about it
     */
    public ContextOverflowException(String message) {
        super(message);
    }
}
