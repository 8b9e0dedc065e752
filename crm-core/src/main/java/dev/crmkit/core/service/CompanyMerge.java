package dev.crmkit.core.service;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyEvent;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.Pages;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.tag.TaggableKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merging companies: the fields of {@link #FIELDS}; the others' contacts, deals and activities move
 * to the survivor. Contacts (moved or the survivor's own) carry the merged name as their free-text
 * company, as a rename would give them. Companies are locked before their contacts, the order every
 * service keeps.
 */
final class CompanyMerge extends RecordMerge<Company> {

    /** The fields a caller may choose. */
    static final List<String> FIELDS =
            List.of("name", "domain", "industry", "size", "phone", "address", "notes", "customFields");

    @Override
    DuplicateKind kind() {
        return DuplicateKind.COMPANY;
    }

    @Override
    CrmRepository<Company> repository(UnitOfWork work) {
        return work.companies();
    }

    @Override
    List<String> fields() {
        return FIELDS;
    }

    @Override
    boolean has(Company c, String field) {
        return switch (field) {
            case "domain" -> c.domain() != null;
            case "industry" -> c.industry() != null;
            case "size" -> c.size() != null;
            case "phone" -> c.phone() != null;
            case "address" -> c.address() != null;
            case "notes" -> c.notes() != null;
            case "customFields" -> !c.customFields().isEmpty();
            default -> true; // the name is never null
        };
    }

    @Override
    Company compose(Company s, Function<String, Company> source) {
        return new Company(
                s.id(),
                source.apply("name").name(),
                source.apply("domain").domain(),
                source.apply("industry").industry(),
                source.apply("size").size(),
                source.apply("phone").phone(),
                source.apply("address").address(),
                source.apply("notes").notes(),
                s.createdAt(),
                s.updatedAt(),
                s.version(),
                source.apply("customFields").customFields());
    }

    @Override
    Company touch(Company record, Instant at) {
        return record.withUpdatedAt(at);
    }

    @Override
    Map<String, Integer> relink(Tx tx, Company merged, List<Long> others, boolean write) {
        UnitOfWork work = tx.work();
        long to = merged.id();
        int contacts = 0;
        int deals = 0;
        int activities = 0;
        for (long from : others) {
            for (Contact contact : linkedContacts(work, from)) {
                contacts++;
                if (write) {
                    work.contacts()
                            .update(contact.withCompany(to, merged.name()).withUpdatedAt(tx.now()));
                }
            }
            for (Deal deal : work.deals().findAll(DealQuery.all().withCompany(from))) {
                deals++;
                if (write) {
                    work.deals().update(deal.withCompanyId(to).withUpdatedAt(tx.now()));
                }
            }
            for (Activity activity :
                    work.activities().findAll(ActivityQuery.all().withCompany(from))) {
                activities++;
                if (write) {
                    work.activities().update(ContactMerge.withLinks(activity, activity.contactId(), to, tx.now()));
                }
            }
        }
        if (write) {
            // The survivor's own contacts mirror its name, which the merge may have changed.
            for (Contact contact : linkedContacts(work, to)) {
                if (!merged.name().equals(contact.company())) {
                    work.contacts()
                            .update(contact.withCompany(to, merged.name()).withUpdatedAt(tx.now()));
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("contacts", contacts);
        counts.put("deals", deals);
        counts.put("activities", activities);
        counts.put("tags", ContactMerge.moveTags(tx, TaggableKind.COMPANY, to, others, write));
        return counts;
    }

    @Override
    CrmEvent merged(Company survivor, List<Long> others, Map<String, Integer> relinked, Instant at) {
        return new CompanyEvent.Merged(survivor, others, relinked, at);
    }

    private static List<Contact> linkedContacts(UnitOfWork work, long companyId) {
        ContactQuery query = ContactQuery.all().withCompanyId(companyId).limit(PageRequest.MAX_LIMIT);
        return Pages.all(cursor -> work.contacts().find(query.after(cursor)));
    }
}
