package dev.crmkit.core.contact;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;

/** An event about a contact. */
public sealed interface ContactEvent extends CrmEvent {

    /** {@return the id of the contact concerned} */
    long contactId();

    @Override
    default String entity() {
        return "contact";
    }

    @Override
    default long entityId() {
        return contactId();
    }

    /** A contact was created. */
    record Created(Contact contact, Instant occurredAt) implements ContactEvent {
        @Override
        public long contactId() {
            return contact.id();
        }
    }

    /** A contact was changed; {@code after} carries the new version. */
    record Updated(Contact before, Contact after, Instant occurredAt) implements ContactEvent {
        @Override
        public long contactId() {
            return after.id();
        }
    }

    /** A contact was deleted, with its tasks; its deals were detached. */
    record Deleted(long contactId, Instant occurredAt) implements ContactEvent {}
}
