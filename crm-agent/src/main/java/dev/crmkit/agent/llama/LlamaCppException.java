package dev.crmkit.agent.llama;

import dev.crmkit.agent.AgentException;

/** llama.cpp refused a model or a request; the message carries its reason and what to check. */
public class LlamaCppException extends AgentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened and what to do about it
     * @param cause   the native library's exception
     */
    public LlamaCppException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param message what happened and what to do about it
     */
    public LlamaCppException(String message) {
        super(message);
    }
}
