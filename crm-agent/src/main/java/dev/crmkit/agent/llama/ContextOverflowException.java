package dev.crmkit.agent.llama;

import dev.crmkit.agent.AgentException;

/**
 * Even the system prompt, the tool descriptions and the latest message do not fit the context window.
 * The message names the builder methods ({@code contextSize}, {@code maxTokens}); an application that
 * exposes them as its own settings can say it in its own words from {@link #promptTokens()} and
 * {@link #availableTokens()}.
 */
public class ContextOverflowException extends AgentException {

    private static final long serialVersionUID = 1L;

    private final int promptTokens;
    private final int availableTokens;

    /**
     * @param message what happened and what to do about it
     */
    public ContextOverflowException(String message) {
        this(message, 0, 0);
    }

    /**
     * @param message         what happened and what to do about it
     * @param promptTokens    tokens the shortest possible prompt needs
     * @param availableTokens tokens the context leaves for the prompt after the output's reserve
     */
    public ContextOverflowException(String message, int promptTokens, int availableTokens) {
        super(message);
        this.promptTokens = promptTokens;
        this.availableTokens = availableTokens;
    }

    /** @return tokens the shortest possible prompt needs (0 when unknown) */
    public int promptTokens() {
        return promptTokens;
    }

    /** @return tokens the context leaves for the prompt after the output's reserve (0 when unknown) */
    public int availableTokens() {
        return availableTokens;
    }
}
