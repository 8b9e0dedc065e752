package dev.crmkit.core.contact;

import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.query.Page;
import java.util.Optional;

/**
 * Persists contacts; owned by a {@link dev.crmkit.core.storage.UnitOfWork} and valid inside it.
 * Repositories only persist and query: the rules live in {@link ContactService}.
 */
public interface ContactRepository {

    Optional<Contact> findById(long id);

    /** @throws NotFoundException when there is no such contact */
    default Contact getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    boolean existsById(long id);

    /** The contact with this email; emails are stored lower-cased, pass it lower-cased. */
    Optional<Contact> findByEmail(String email);

    /**
     * Inserts a new contact, also storing {@link Contact#searchText()}. The given id and version
     * are ignored.
     *
     * @return the contact as stored: the database's id, version 0
     * @throws dev.crmkit.core.ConflictException (field {@code email}) when the email is taken
     */
    Contact insert(Contact contact);

    /**
     * Writes every field of the contact (and its {@link Contact#searchText()}) if the stored
     * version still equals {@code contact.version()}.
     *
     * @return the contact as stored, version incremented by one
     * @throws dev.crmkit.core.ConcurrentModificationException when the stored version differs
     * @throws NotFoundException when the contact no longer exists
     * @throws dev.crmkit.core.ConflictException (field {@code email}) when the email is taken
     */
    Contact update(Contact contact);

    /**
     * Deletes the contact row. {@link ContactService} deletes its tasks and detaches its deals
     * first; the schema's foreign keys do it too, only as a safety net for callers that bypass
     * the service (an adapter may then hold stale copies of those rows).
     *
     * @return false when there was no such contact
     */
    boolean deleteById(long id);

    /** One page of the contacts matching the query, in its order. */
    Page<Contact> find(ContactQuery query);
}
