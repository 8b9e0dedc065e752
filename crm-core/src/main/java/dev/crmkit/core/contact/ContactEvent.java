package dev.crmkit.core.contact;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    /**
     * Other contacts were merged into this one, in one transaction: their deals, tasks, activities, tags now link to it and
     * they were deleted. The only event of a merge: the re-linked records and the deleted contacts
     * publish none of their own.
     *
     * @param survivor the contact that stayed, as stored after the merge
     * @param mergedIds the contacts merged into it, now deleted
     * @param relinked kind of related row → how many moved to the survivor
     * @param occurredAt when
     */
    record Merged(Contact survivor, List<Long> mergedIds, Map<String, Integer> relinked, Instant occurredAt)
            implements ContactEvent {
        /**
         * Copies the collections.
         *
         * @param survivor the contact that stayed
         * @param mergedIds the merged ids
         * @param relinked the counts
         * @param occurredAt when
         */
        public Merged {
            mergedIds = List.copyOf(mergedIds);
            relinked = Map.copyOf(relinked);
        }

        @Override
        public long contactId() {
            return survivor.id();
        }
    }
}
