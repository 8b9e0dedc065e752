package dev.crmkit.core.event;

import java.time.Instant;

/**
 * Something that changed in the CRM. Events are delivered to {@link CrmEventListener}s after the
 * change committed, in the order they happened, on the thread that committed (or the {@code
 * Crm}'s event executor); a change that rolled back publishes nothing.
 */
public interface CrmEvent {

    /** {@return the kind of record concerned: {@code contact}, {@code pipeline}, {@code deal} or {@code task}} */
    String entity();

    /** {@return the id of the record concerned} */
    long entityId();

    /** {@return when the change was made, from the {@link dev.crmkit.core.Crm}'s clock} */
    Instant occurredAt();
}
