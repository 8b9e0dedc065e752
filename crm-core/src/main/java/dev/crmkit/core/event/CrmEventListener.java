package dev.crmkit.core.event;

/**
 * Receives {@link CrmEvent}s after commit. Called synchronously on the thread that made the
 * change, so keep it quick or hand off to an executor. An exception thrown here is logged and
 * does not reach the caller (the change is already committed) nor stop other listeners.
 */
@FunctionalInterface
public interface CrmEventListener {

    /**
     * Receives one committed event, on the thread that made the change; an exception is logged and
     * the next listener still runs.
     *
     * @param event the event
     */
    void onEvent(CrmEvent event);
}
