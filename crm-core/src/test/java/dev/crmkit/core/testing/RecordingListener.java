package dev.crmkit.core.testing;

import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.event.CrmEventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every event it receives, in order. Thread-safe. */
public final class RecordingListener implements CrmEventListener {

    private final List<CrmEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(CrmEvent event) {
        events.add(event);
    }

    public List<CrmEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one type, in order. */
    public <E extends CrmEvent> List<E> ofType(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
        events.clear();
    }
}
