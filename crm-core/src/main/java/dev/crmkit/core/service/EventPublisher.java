package dev.crmkit.core.service;

import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.event.CrmEventListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers committed events to the listeners; a failing listener is logged and skipped. */
public final class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final List<CrmEventListener> listeners;

    public EventPublisher(List<CrmEventListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    public void publish(List<CrmEvent> events) {
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
