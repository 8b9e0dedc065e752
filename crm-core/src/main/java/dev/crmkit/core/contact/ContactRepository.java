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

    /**
     * Locks the contact's row ({@code SELECT ... FOR UPDATE}) until the unit of work ends. The
     * services take this lock before linking a child to the contact and before deleting it, so
     * a delete racing a task or deal being linked to it either waits for it and sees the child, or
     * runs first and the link is refused: never a child pointing at a deleted contact. Blocks
     * while another unit of work holds the lock (up to the database's lock timeout, reported as
     * a {@link dev.crmkit.core.ConflictException}, as is a deadlock the database breaks).
     *
     * @return false when there is no such contact (nothing is locked)
     */
    boolean lockById(long id);

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
     * Deletes the contact. The schema deletes its tasks and detaches its deals.
     *
     * @return false when there was no such contact
     */
    boolean deleteById(long id);

    /** One page of the contacts matching the query, in its order. */
    Page<Contact> find(ContactQuery query);
}
