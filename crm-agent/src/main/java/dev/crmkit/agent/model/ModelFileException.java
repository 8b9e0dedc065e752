package dev.crmkit.agent.model;

import dev.crmkit.agent.AgentException;

/** A model file is missing, unreadable, or could not be downloaded or verified. */
public class ModelFileException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and what to do about it
     */
    public ModelFileException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and what to do about it
     * @param cause   the underlying failure
     */
    public ModelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
