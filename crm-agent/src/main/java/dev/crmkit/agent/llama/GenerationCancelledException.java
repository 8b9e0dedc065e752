package dev.crmkit.agent.llama;

import dev.crmkit.agent.AgentException;

/** A generation was cancelled: by its handle, by interrupting the calling thread, or by closing the model. */
public class GenerationCancelledException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened and what to do about it
     */
    public GenerationCancelledException(String message) {
        super(message);
    }
}
