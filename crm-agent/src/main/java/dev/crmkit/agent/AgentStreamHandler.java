package dev.crmkit.agent;

/**
 * Receives a turn as it happens, from {@link CrmAgent#chat(String, String, AgentStreamHandler)}.
 * Called on the thread that runs the model (for a streaming model, its own thread), one call at a
 * time; keep the methods quick and do not call the agent from them.
 */
public interface AgentStreamHandler {

    /**
     * A piece of the final answer, in order. The pieces make up {@link AgentReply#text()}, except that a
     * model which writes text before deciding to call a tool may also stream that text.
     *
     * @param fragment the next piece
     */
    void onText(String fragment);

    /**
     * A tool call the model wrote, just before it runs (or becomes pending): for progress while tools run.
     * {@link #onAction} follows with its outcome.
     *
     * @param tool      the tool's name
     * @param arguments the arguments as the model wrote them (JSON)
     */
    default void onToolCall(String tool, String arguments) {}

    /**
     * An action, as soon as it ran or became pending.
     *
     * @param action the action
     */
    default void onAction(AgentAction action) {}
}
