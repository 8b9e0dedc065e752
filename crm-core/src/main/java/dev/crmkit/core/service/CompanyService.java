package dev.crmkit.core.service;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyDomain;
import dev.crmkit.core.company.CompanyEvent;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.trash.TrashKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, updates, deletes and searches companies, enforcing their rules: a domain
 * belongs to one company, compared in its normalized form ({@link CompanyDomain}). Renaming a
 * company renames the free-text {@code company} of its linked contacts, publishing a {@link
 * ContactEvent.Updated} per contact. Deleting a company deletes its activities and detaches its contacts (which keep the name
 * as free text) and deals in the same transaction, publishing a {@link ContactEvent.Updated} and
 * {@link DealEvent.Updated} per record before the {@link CompanyEvent.Deleted}. Every method is
 * one transaction; events are published after it commits. Thread-safe.
 *
 * <p>A create or update whose domain another company has is refused with a {@link
 * ConflictException} on field {@code domain} carrying that company's id.
 *
 * <p>Locks are taken in one order everywhere: pipeline, company, contact, deal.
 */
public final class CompanyService
        extends CustomizableService<Company, CompanyRepository, NewCompany, CompanyUpdate, CompanyQuery> {

    CompanyService(Transactor transactor) {
        super(
                transactor,
                new Aggregate<>(
                        UnitOfWork::companies,
                        Company::withUpdatedAt,
                        CompanyEvent.Created::new,
                        CompanyEvent.Updated::new,
                        CompanyEvent.Deleted::new,
                        TrashKind.COMPANY),
                CustomFieldKind.COMPANY,
                new UniqueField<>("domain", NewCompany::domain, Company::domain, CompanyRepository::findByDomain));
    }

    @Override
    Company built(Tx tx, NewCompany command) {
        return new Company(
                0,
                command.name(),
                command.domain(),
                command.industry(),
                command.size(),
                command.phone(),
                command.address(),
                command.notes(),
                tx.now(),
                tx.now(),
                0,
                CustomFieldValues.empty());
    }

    /**
     * {@return the company with this domain, compared in normalized form ("https://www.Acme.com/" finds acme.com)}
     *
     * @param domain a domain or web address
     * @throws ValidationException (field {@code domain}) when it is not a domain
     */
    public Optional<Company> findByDomain(String domain) {
        FieldErrors errors = new FieldErrors();
        String key = CompanyDomain.normalize(errors, "domain", domain);
        errors.throwIfAny();
        return key == null ? Optional.empty() : read(companies -> companies.findByDomain(key));
    }

    @Override
    Company changed(Tx tx, Company current, CompanyUpdate update) {
        return update.applyTo(current, current.updatedAt());
    }

    /** A rename reaches the free-text company of the linked contacts. */
    @Override
    void afterUpdate(Tx tx, Company before, Company after) {
        if (!after.name().equals(before.name())) {
            for (Contact contact : linkedContacts(tx.work(), after.id())) {
                cascadeUpdate(
                        tx,
                        tx.work().contacts(),
                        contact,
                        contact.withCompany(after.id(), after.name()).withUpdatedAt(tx.now()),
                        ContactEvent.Updated::new);
            }
        }
    }

    /**
     * Detaches the company's contacts and deals. The company's row is locked already: a contact
     * or deal being linked to it holds that lock until it commits, so it is read here, or its link
     * is refused.
     */
    @Override
    void cascade(Tx tx, long id, TrashSnapshot trashing) {
        UnitOfWork work = tx.work();
        for (Contact contact : linkedContacts(work, id)) {
            trashing.detachedContacts.add(contact.id());
            cascadeUpdate(
                    tx,
                    work.contacts(),
                    contact,
                    contact.withCompany(null, contact.company()).withUpdatedAt(tx.now()),
                    ContactEvent.Updated::new);
        }
        for (Deal deal : work.deals().findAll(DealQuery.all().withCompany(id))) {
            trashing.detachedDeals.add(deal.id());
            cascadeUpdate(
                    tx, work.deals(), deal, deal.withCompanyId(null).withUpdatedAt(tx.now()), DealEvent.Updated::new);
        }
    }

    /**
     * The company a contact or deal is being linked to, locked so that it cannot be deleted before
     * the unit of work ends; {@code null} (with an error on {@code companyId}) when there is none.
     */
    static @Nullable Company lockedCompany(Tx tx, @Nullable Long companyId, FieldErrors errors) {
        if (companyId == null) {
            return null;
        }
        CompanyRepository companies = tx.work().companies();
        if (!companies.lockById(companyId)) {
            errors.add("companyId", "no company with id " + companyId);
            return null;
        }
        return companies.findById(companyId).orElse(null);
    }

    private static List<Contact> linkedContacts(UnitOfWork work, long companyId) {
        ContactQuery query = ContactQuery.all().withCompanyId(companyId).limit(PageRequest.MAX_LIMIT);
        return Pages.all(cursor -> work.contacts().find(query.after(cursor)));
    }
}
