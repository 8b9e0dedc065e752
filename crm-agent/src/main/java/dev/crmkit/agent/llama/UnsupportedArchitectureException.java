package dev.crmkit.agent.llama;

import dev.crmkit.agent.AgentException;

/** The model's architecture is unknown to the bundled llama.cpp build; refused before native code could fail on it. */
public class UnsupportedArchitectureException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened and what to do about it
     */
    public UnsupportedArchitectureException(String message) {
        super(message);
    }
}
