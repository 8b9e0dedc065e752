package dev.crmkit.core.service;

import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyEvent;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.storage.UnitOfWork;
import java.util.List;
import java.util.Map;

/**
 * Merging companies: the fields of {@link #FIELDS}; the others' contacts, deals, activities and
 * tags move to the survivor. Contacts (moved or the survivor's own) carry the merged name as their
 * free-text company, as a rename would give them. Companies are locked before their contacts, the
 * order every service keeps.
 */
final class CompanyMerge extends RecordMerge<Company> {

    /** The fields a caller may choose. */
    static final List<String> FIELDS =
            List.of("name", "domain", "industry", "size", "phone", "address", "notes", "customFields");

    CompanyMerge() {
        super(DuplicateKind.COMPANY, UnitOfWork::companies, FIELDS, CompanyEvent.Merged::new);
    }

    @Override
    List<Linked<?>> linked(Tx tx, Company merged) {
        UnitOfWork work = tx.work();
        Map<String, Long> link = Map.of("companyId", merged.id());
        return List.of(
                new Linked<>("contacts", work.contacts(), from -> linkedContacts(work, from), named(merged)),
                new Linked<>(
                        "deals",
                        work.deals(),
                        from -> work.deals().findAll(DealQuery.all().withCompany(from)),
                        link),
                new Linked<>(
                        "activities",
                        work.activities(),
                        from -> work.activities().findAll(ActivityQuery.all().withCompany(from)),
                        link));
    }

    /** The survivor's own contacts mirror its name, which the merge may have changed. */
    @Override
    void afterRelink(Tx tx, Company merged) {
        List<Contact> renamed = linkedContacts(tx.work(), merged.id()).stream()
                .filter(contact -> !merged.name().equals(contact.company()))
                .toList();
        move(tx, tx.work().contacts(), renamed, named(merged), true);
    }

    /** A contact's link to the company, with its name as the free-text company. */
    private static Map<String, Object> named(Company company) {
        return Map.of("companyId", company.id(), "company", company.name());
    }

    private static List<Contact> linkedContacts(UnitOfWork work, long companyId) {
        ContactQuery query = ContactQuery.all().withCompanyId(companyId).limit(PageRequest.MAX_LIMIT);
        return Pages.all(cursor -> work.contacts().find(query.after(cursor)));
    }
}
