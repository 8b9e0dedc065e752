package dev.crmkit.core.event;

/**
 * Receives {@link CrmEvent}s after the real commit: crmkit's own, or the host's when crmkit joined
 * the host's transaction; never for work that rolled back. Called synchronously on the thread that
 * committed, unless the {@code Crm} was built with an {@linkplain
 * dev.crmkit.core.Crm.Builder#eventExecutor event executor}, so keep it quick or use one. An
 * exception thrown here is logged with the event and does not reach the caller (the change is
 * already committed) nor stop other listeners. A listener may call the {@code Crm} again: those
 * calls run in new transactions.
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
