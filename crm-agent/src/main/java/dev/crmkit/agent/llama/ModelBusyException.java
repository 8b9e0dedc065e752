package dev.crmkit.agent.llama;

import dev.crmkit.agent.AgentException;

/** The model was generating for someone else and the caller's queue policy did not allow waiting (longer). */
public class ModelBusyException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened and what to do about it
     */
    public ModelBusyException(String message) {
        super(message);
    }
}
