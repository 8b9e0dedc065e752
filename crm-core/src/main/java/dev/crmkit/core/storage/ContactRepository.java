package dev.crmkit.core.storage;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.service.ContactService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Persists contacts; owned by a {@link dev.crmkit.core.storage.UnitOfWork} and valid inside it.
 * Inserts and updates also store {@link Contact#searchText()}; an email taken by another contact
 * is a {@link dev.crmkit.core.kernel.ConflictException} on field {@code email}. Deleting the row leaves
 * related records to {@link ContactService}, which deletes the tasks and detaches the deals first
 * (the schema's foreign keys do the same, only as a safety net for callers that bypass it).
 */
public interface ContactRepository extends ListingRepository<Contact, ContactQuery> {

    @Override
    default String entity() {
        return "contact";
    }

    /**
     * {@return the contact with this email; emails are stored lower-cased, pass it lower-cased}
     *
     * @param email the email address
     */
    Optional<Contact> findByEmail(String email);

    /**
     * The contacts with these emails, in one query where the adapter can; for bulk creates and
     * imports, which check many emails at once.
     *
     * @param emails lower-cased emails; at most {@link dev.crmkit.core.query.PageRequest#MAX_LIMIT} of them
     * @return the contacts found, in no particular order
     */
    default List<Contact> findByEmails(Collection<String> emails) {
        List<Contact> found = new ArrayList<>();
        for (String email : emails) {
            findByEmail(email).ifPresent(found::add);
        }
        return found;
    }
}
