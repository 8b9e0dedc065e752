package dev.crmkit.agent.gguf;

import dev.crmkit.agent.AgentException;

/** A file is not a GGUF model, is truncated or corrupt, or uses a GGUF version this reader does not know. */
public class GgufFormatException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the file and what to do about it
     */
    public GgufFormatException(String message) {
        super(message);
    }
}
