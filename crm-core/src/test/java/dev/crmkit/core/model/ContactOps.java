package dev.crmkit.core.model;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.query.SortDirection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Operations on contacts, as generated: raw inputs, valid or not. */
final class ContactOps {

    private ContactOps() {}

    record Create(
            String firstName,
            String lastName,
            String email,
            @Nullable String phone,
            @Nullable String company) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.createContact(this);
        }
    }

    record Update(
            long id,
            Patch<String> firstName,
            Patch<String> lastName,
            Patch<String> email,
            Patch<String> phone,
            Patch<String> company,
            @Nullable Long expectedVersion)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.updateContact(this);
        }
    }

    record Delete(long id) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.deleteContact(this);
        }
    }

    /** Merges {@code other} into {@code survivor} at their current versions, taking its email when {@code takeEmail}. */
    record Merge(long survivor, long other, boolean takeEmail) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.mergeContacts(this);
        }
    }

    /**
     * What a merge answered.
     *
     * @param survivor the survivor as merged, with logical ids
     * @param relinked kind of row → how many moved to it
     */
    record Merged(Contact survivor, Map<String, Integer> relinked) {}

    record Find(
            @Nullable String text,
            @Nullable String company,
            ContactSort sort,
            SortDirection direction,
            int limit,
            boolean total,
            int pages,
            int handle)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return CommonOps.read(subject, subject.findContacts(this), pages, handle);
        }
    }
}
