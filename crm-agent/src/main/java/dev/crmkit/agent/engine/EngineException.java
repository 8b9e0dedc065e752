package dev.crmkit.agent.engine;

/** An engine refused a model or a request, or failed; the message says why and what to check. */
public class EngineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so the chat model can answer with the right exception type. */
    public enum Reason {
        /** the model could not be loaded */
        LOAD,
        /** the prompt and output budget do not fit the context */
        CONTEXT_OVERFLOW,
        /** the grammar does not parse */
        GRAMMAR,
        /** the native library failed during a request */
        FAILED
    }

    /** Why the engine failed; part of the serialized form. */
    private final Reason reason;

    /**
     * @param reason  what went wrong
     * @param message what happened and what to do about it
     */
    public EngineException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * @param reason  what went wrong
     * @param message what happened and what to do about it
     * @param cause   the underlying failure
     */
    public EngineException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** @return what went wrong */
    public Reason reason() {
        return reason;
    }
}
