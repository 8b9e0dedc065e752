package dev.crmkit.core.service;

import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.event.CrmEventListener;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed events to the listeners, in order: on the committing thread, or as one task
 * per committed transaction on an executor. A failing listener is logged with the event it failed
 * on and does not stop the others.
 */
final class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final List<CrmEventListener> listeners;
    private final @Nullable Executor executor;

    /** Delivers on the committing thread. */
    EventPublisher(List<CrmEventListener> listeners) {
        this(listeners, null);
    }

    /** Delivers on {@code executor} when given, else on the committing thread. */
    EventPublisher(List<CrmEventListener> listeners, @Nullable Executor executor) {
        this.listeners = List.copyOf(listeners);
        this.executor = executor;
    }

    /** Delivers the events of one committed transaction. */
    void publish(List<CrmEvent> events) {
        if (events.isEmpty() || listeners.isEmpty()) {
            return;
        }
        List<CrmEvent> batch = List.copyOf(events);
        if (executor == null) {
            deliver(batch);
            return;
        }
        try {
            executor.execute(() -> deliver(batch));
        } catch (RejectedExecutionException e) {
            // The change is committed: deliver here rather than lose the events.
            log.warn(
                    "the event executor refused {} event(s); delivering them on the committing thread",
                    batch.size(),
                    e);
            deliver(batch);
        }
    }

    private void deliver(List<CrmEvent> events) {
        for (CrmEvent event : events) {
            for (CrmEventListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    log.warn("event listener {} failed on {}", listener, event, e);
                }
            }
        }
    }
}
