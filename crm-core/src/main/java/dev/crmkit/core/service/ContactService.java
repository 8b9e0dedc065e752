package dev.crmkit.core.service;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.task.TaskQuery;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, updates, deletes and searches contacts, enforcing their rules: an email belongs
 * to one contact, ignoring letter case. Deleting a contact deletes its tasks and detaches its
 * deals in the same transaction, publishing a {@link TaskEvent.Deleted} per task and a {@link
 * DealEvent.Updated} per deal (whose version moves on) before the {@link ContactEvent.Deleted}.
 * Every method is one transaction; events are published after it commits. Thread-safe.
 */
public final class ContactService extends AggregateService<Contact, ContactRepository> {

    ContactService(Transactor transactor) {
        super(
                transactor,
                UnitOfWork::contacts,
                Contact::withUpdatedAt,
                ContactEvent.Created::new,
                ContactEvent.Updated::new,
                ContactEvent.Deleted::new);
    }

    /**
     * @param command the record to create
     * @throws ConflictException (field {@code email}, with the id of the contact using it) when
     *     another contact has this email, in any letter case
     * @return the contact
     */
    public Contact create(NewContact command) {
        return create(tx -> {
            requireEmailFree(repository(tx), command.email(), null);
            return new Contact(
                    0,
                    command.firstName(),
                    command.lastName(),
                    command.email(),
                    command.phone(),
                    command.company(),
                    command.position(),
                    command.notes(),
                    tx.now(),
                    tx.now(),
                    0);
        });
    }

    /**
     * {@return the contact with this email, ignoring letter case}
     *
     * @param email the email address
     */
    public Optional<Contact> findByEmail(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        return read(contacts -> contacts.findByEmail(key));
    }

    /**
     * Applies the update. An update that changes nothing writes nothing and keeps the version.
     *
     * @param id the record's id
     * @param update the fields to change
     * @throws dev.crmkit.core.kernel.NotFoundException when there is no such contact
     * @throws dev.crmkit.core.kernel.StaleVersionException when {@code expectedVersion} is given and stale,
     *     or another transaction changed the contact meanwhile
     * @throws ConflictException (field {@code email}) when the new email belongs to another contact
     * @return the contact
     */
    public Contact update(long id, ContactUpdate update) {
        return update(id, update.expectedVersion(), (tx, current) -> {
            Contact changed = update.applyTo(current, current.updatedAt());
            if (!changed.email().equals(current.email())) {
                requireEmailFree(repository(tx), changed.email(), id);
            }
            return changed;
        });
    }

    /**
     * {@return one page of contacts matching the query}
     *
     * @param query filters, sort and page
     */
    public Page<Contact> find(ContactQuery query) {
        return read(contacts -> contacts.find(query));
    }

    /**
     * Deletes the contact's tasks and detaches its deals. The contact's row is locked already
     * (before these reads): a task or deal being linked to it holds that lock until it commits,
     * so it is read here, or its link is refused. Deals are written after the contact is locked,
     * the lock order every service keeps (pipeline, contact, deal).
     */
    @Override
    void beforeDelete(Tx tx, long id) {
        UnitOfWork work = tx.work();
        work.tags().removeTaggings(TaggableKind.CONTACT, id);
        for (Task task : work.tasks().findAll(TaskQuery.all().withContact(id), tx.today())) {
            work.tasks().deleteById(task.id());
            tx.emit(new TaskEvent.Deleted(task.id(), tx.now()));
        }
        for (Deal deal : work.deals().findAll(DealQuery.all().withContact(id))) {
            cascadeUpdate(
                    tx, work.deals(), deal, deal.withContactId(null).withUpdatedAt(tx.now()), DealEvent.Updated::new);
        }
    }

    private static void requireEmailFree(ContactRepository contacts, String email, @Nullable Long exceptId) {
        contacts.findByEmail(email)
                .filter(existing -> exceptId == null || existing.id() != exceptId)
                .ifPresent(existing -> {
                    throw new ConflictException(
                            "email " + email + " is already used by contact " + existing.id(), "email", existing.id());
                });
    }
}
