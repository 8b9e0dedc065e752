package dev.crmkit.core.contact;

import dev.crmkit.core.ConcurrentModificationException;
import dev.crmkit.core.ConflictException;
import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.internal.Pages;
import dev.crmkit.core.internal.Transactor;
import dev.crmkit.core.internal.Versions;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.task.TaskQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, updates, deletes and searches contacts, enforcing their rules. Every method is
 * one transaction; events are published after it commits. Thread-safe.
 */
public final class ContactService {

    private final Transactor transactor;

    public ContactService(Transactor transactor) {
        this.transactor = transactor;
    }

    /**
     * @throws ConflictException (field {@code email}, with the id of the contact using it) when
     *     another contact has this email, in any letter case
     */
    public Contact create(NewContact command) {
        return transactor.inTransaction(tx -> {
            ContactRepository contacts = tx.work().contacts();
            requireEmailFree(contacts, command.email(), null);
            Contact created = contacts.insert(new Contact(0, command.firstName(), command.lastName(),
                    command.email(), command.phone(), command.company(), command.position(), command.notes(),
                    tx.now(), tx.now(), 0));
            tx.emit(new ContactEvent.Created(created, tx.now()));
            return created;
        });
    }

    public Optional<Contact> findById(long id) {
        return transactor.inTransaction(tx -> tx.work().contacts().findById(id));
    }

    /** @throws NotFoundException when there is no such contact */
    public Contact getById(long id) {
        return transactor.inTransaction(tx -> tx.work().contacts().getById(id));
    }

    /** The contact with this email, ignoring letter case. */
    public Optional<Contact> findByEmail(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        return transactor.inTransaction(tx -> tx.work().contacts().findByEmail(key));
    }

    /**
     * Applies the update. An update that changes nothing writes nothing and keeps the version.
     *
     * @throws NotFoundException when there is no such contact
     * @throws ConcurrentModificationException when {@code expectedVersion} is given and stale,
     *     or another transaction changed the contact meanwhile
     * @throws ConflictException (field {@code email}) when the new email belongs to another contact
     */
    public Contact update(long id, ContactUpdate update) {
        return transactor.inTransaction(tx -> {
            ContactRepository contacts = tx.work().contacts();
            Contact current = contacts.getById(id);
            Versions.require("contact", current, update.expectedVersion());
            Contact changed = update.applyTo(current, current.updatedAt());
            if (changed.equals(current)) {
                return current;
            }
            if (!changed.email().equals(current.email())) {
                requireEmailFree(contacts, changed.email(), id);
            }
            Contact updated = contacts.update(update.applyTo(current, tx.now()));
            tx.emit(new ContactEvent.Updated(current, updated, tx.now()));
            return updated;
        });
    }

    /**
     * Deletes the contact and its tasks; its deals stay, without a contact. All in one
     * transaction, and published: a {@link TaskEvent.Deleted} per task, a {@link DealEvent.Updated}
     * per detached deal (whose version moves on), then the {@link ContactEvent.Deleted}. The
     * schema's foreign keys do the same, but only as a safety net for writes that bypass the service.
     *
     * @throws NotFoundException when there is no such contact
     */
    public void deleteById(long id) {
        transactor.inTransaction(tx -> {
            UnitOfWork work = tx.work();
            if (!work.contacts().existsById(id)) {
                throw new NotFoundException("contact", id);
            }
            LocalDate today = LocalDate.ofInstant(tx.now(), ZoneOffset.UTC);
            for (Task task : Pages.all(cursor -> work.tasks().find(
                    TaskQuery.all().withContact(id).limit(PageRequest.MAX_LIMIT).after(cursor), today))) {
                work.tasks().deleteById(task.id());
                tx.emit(new TaskEvent.Deleted(task.id(), tx.now()));
            }
            for (Deal deal : Pages.all(cursor -> work.deals().find(
                    DealQuery.all().withContact(id).limit(PageRequest.MAX_LIMIT).after(cursor)))) {
                Deal detached = work.deals().update(deal.withContactId(null).withUpdatedAt(tx.now()));
                tx.emit(new DealEvent.Updated(deal, detached, tx.now()));
            }
            if (!work.contacts().deleteById(id)) {
                throw new NotFoundException("contact", id);
            }
            tx.emit(new ContactEvent.Deleted(id, tx.now()));
            return null;
        });
    }

    /** One page of contacts matching the query. */
    public Page<Contact> find(ContactQuery query) {
        return transactor.inTransaction(tx -> tx.work().contacts().find(query));
    }

    private static void requireEmailFree(ContactRepository contacts, String email, @Nullable Long exceptId) {
        contacts.findByEmail(email)
                .filter(existing -> exceptId == null || existing.id() != exceptId)
                .ifPresent(existing -> {
                    throw new ConflictException("email " + email + " is already used by contact " + existing.id(),
                            "email", existing.id());
                });
    }
}
