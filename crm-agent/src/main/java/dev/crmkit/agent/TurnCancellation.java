package dev.crmkit.agent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops one turn of a {@link CrmAgent} from any thread, when no one waits for its answer any more: the client
 * closed the stream, the user pressed stop.
 *
 * <p>Pass it to {@link CrmAgent#chat(String, String, AgentStreamHandler, TurnCancellation)}. {@link #cancel()}
 * then stops the model call in progress (a streaming model through its handle, whether it is queued, evaluating
 * the prompt or generating; a blocking one by interrupting its thread), runs none of the tool calls the model
 * has not yet had run, and ends the turn with {@link TurnCancelledException}. A tool call already running
 * completes, in its own transaction, and is recorded as always; the user's message stays in the conversation.
 *
 * <p>Thread-safe. One instance serves one turn. Cancelling it before the turn starts, or while the turn waits for
 * the model to evaluate the agent's prompt prefix (the first message after the agent was built), ends the turn
 * at once, before its message is recorded; cancelling it after the turn ended does nothing.
 */
public final class TurnCancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Cancels the turn; idempotent. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            listeners.forEach(Runnable::run);
        }
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Runs {@code listener} on {@link #cancel()}, or now when that already happened. It may run twice when the two
     * race, so it must be idempotent.
     */
    void onCancel(Runnable listener) {
        listeners.add(listener);
        if (cancelled.get()) {
            listener.run();
        }
    }
}
