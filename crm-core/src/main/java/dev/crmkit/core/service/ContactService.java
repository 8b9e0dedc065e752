package dev.crmkit.core.service;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.trash.TrashKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, updates, deletes and searches contacts, enforcing their rules: an email belongs
 * to one contact, ignoring letter case. Deleting a contact deletes its tasks and detaches its
 * deals in the same transaction, publishing a {@link TaskEvent.Deleted} per task and a {@link
 * DealEvent.Updated} per deal (whose version moves on) before the {@link ContactEvent.Deleted}.
 * It also deletes the contact's activities, with an {@link
 * dev.crmkit.core.activity.ActivityEvent.Deleted} each.
 * Every method is one transaction; events are published after it commits. Thread-safe.
 *
 * <p>A create or update whose email another contact has, in any letter case, is refused with a
 * {@link ConflictException} on field {@code email} carrying that contact's id; one naming no
 * company with a {@link dev.crmkit.core.kernel.ValidationException} on {@code companyId}.
 */
public final class ContactService
        extends CustomizableService<Contact, ContactRepository, NewContact, ContactUpdate, ContactQuery> {

    /** Emails per {@code IN} list: far below any database's parameter limit. */
    static final int EMAILS_PER_QUERY = PageRequest.MAX_LIMIT;

    ContactService(Transactor transactor) {
        super(
                transactor,
                new Aggregate<>(
                        UnitOfWork::contacts,
                        Contact::withUpdatedAt,
                        ContactEvent.Created::new,
                        ContactEvent.Updated::new,
                        ContactEvent.Deleted::new,
                        TrashKind.CONTACT),
                CustomFieldKind.CONTACT,
                new UniqueField<>("email", NewContact::email, Contact::email, ContactRepository::findByEmail));
    }

    /**
     * Creates many contacts in one transaction, with the rules of {@link #create(Object) create}:
     * all or nothing, one {@link ContactEvent.Created} per contact in order, inserted as one
     * batch; the stored emails are checked with one query per 500 contacts.
     *
     * @param commands the contacts to create
     * @return the contacts as stored, in the given order
     * @throws dev.crmkit.core.kernel.ValidationException (field {@code [i].email}) when two of the
     *     commands have the same email, in any letter case
     * @throws ConflictException (field {@code [i].email}, with the id of the contact using it) when
     *     a stored contact has the email of command {@code i}
     */
    public List<Contact> createAll(List<NewContact> commands) {
        return createAll(commands, this::built, ContactService::requireEmailsFree);
    }

    /**
     * {@return the stored contacts with these emails, ignoring letter case, in no particular order}
     *
     * @param emails the email addresses, any number
     */
    public List<Contact> findByEmails(Collection<String> emails) {
        List<String> keys = emails.stream()
                .map(email -> email.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        return read(contacts -> findByEmails(contacts, keys));
    }

    @Override
    Contact built(Tx tx, NewContact command) {
        Company company = linkedCompany(tx, command.companyId());
        return new Contact(
                0,
                command.firstName(),
                command.lastName(),
                command.email(),
                command.phone(),
                company == null ? command.company() : company.name(),
                command.position(),
                command.notes(),
                tx.now(),
                tx.now(),
                0,
                command.companyId());
    }

    private static void requireEmailsFree(Tx tx, List<Contact> contacts) {
        FieldErrors errors = new FieldErrors();
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < contacts.size(); i++) {
            Integer first = rows.putIfAbsent(contacts.get(i).email(), i);
            if (first != null) {
                errors.add("[" + i + "].email", "is also the email of contact [" + first + "]");
            }
        }
        errors.throwIfAny();
        for (Contact existing : findByEmails(tx.work().contacts(), rows.keySet())) {
            int i = rows.get(existing.email());
            throw new ConflictException(
                    "email " + existing.email() + " of contact [" + i + "] is already used by contact " + existing.id(),
                    "[" + i + "].email",
                    existing.id());
        }
    }

    private static List<Contact> findByEmails(ContactRepository contacts, Collection<String> emails) {
        return inChunks(emails, contacts::findByEmails);
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

    @Override
    Contact changed(Tx tx, Contact current, ContactUpdate update) {
        Contact changed = update.applyTo(current, current.updatedAt());
        if (changed.companyId() != null
                && (!Objects.equals(changed.companyId(), current.companyId())
                        || update.company().isPresent())) {
            Company company = Objects.requireNonNull(linkedCompany(tx, changed.companyId()));
            changed = changed.withCompany(company.id(), company.name());
        }
        return changed;
    }

    /**
     * Deletes the contact's tasks and detaches its deals. The contact's row is locked already
     * (before these reads): a task or deal being linked to it holds that lock until it commits,
     * so it is read here, or its link is refused. Deals are written after the contact is locked,
     * the lock order every service keeps (pipeline, contact, deal).
     */
    @Override
    void cascade(Tx tx, long id, TrashSnapshot trashing) {
        UnitOfWork work = tx.work();
        for (Task task : work.tasks().findAll(TaskQuery.all().withContact(id), tx.today())) {
            trashing.tasks.add(task);
            work.tasks().deleteById(task.id());
            tx.audit(work.tasks().entity(), task, null);
            tx.emit(new TaskEvent.Deleted(task.id(), tx.now()));
        }
        for (Deal deal : work.deals().findAll(DealQuery.all().withContact(id))) {
            trashing.detachedDeals.add(deal.id());
            cascadeUpdate(
                    tx, work.deals(), deal, deal.withContactId(null).withUpdatedAt(tx.now()), DealEvent.Updated::new);
        }
    }

    /**
     * A linked contact carries its company's name as an undo puts it back: the undo of a company
     * merge, say, renames the survivor (reaching the contacts still linked to it) before it moves
     * a contact back to the company it came from, whose name it then has again.
     */
    @Override
    Contact restored(Tx tx, Contact contact) {
        Long companyId = contact.companyId();
        if (companyId == null) {
            return contact;
        }
        return tx.work()
                .companies()
                .findById(companyId)
                .map(company -> contact.withCompany(companyId, company.name()))
                .orElse(contact);
    }

    /** The company being linked, locked (lock order: company before contact), or a validation error. */
    private static @Nullable Company linkedCompany(Tx tx, @Nullable Long companyId) {
        FieldErrors errors = new FieldErrors();
        Company company = CompanyService.lockedCompany(tx, companyId, errors);
        errors.throwIfAny();
        return company;
    }
}
