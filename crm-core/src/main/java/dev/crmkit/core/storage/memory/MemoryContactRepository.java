package dev.crmkit.core.storage.memory;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** Contacts in memory. */
final class MemoryContactRepository extends MemoryRepository<Contact> implements ContactRepository {

    MemoryContactRepository(InMemoryUnitOfWork work) {
        super(work, Table.CONTACT, Contact::withIdentity, (tables, row) -> {
            tables.requireEmailFree(row);
            tables.requireReferences(row);
        });
    }

    @Override
    public Optional<Contact> findByEmail(String email) {
        return work.read().contacts.values().stream()
                .filter(c -> c.email().equals(email))
                .findFirst();
    }

    @Override
    public Page<Contact> find(ContactQuery query) {
        Predicate<Contact> filter =
                contact -> (query.company() == null || Objects.equals(contact.company(), query.company()))
                        && (query.companyId() == null || Objects.equals(contact.companyId(), query.companyId()));
        return page(
                filter.and(Like.matching(query.textPattern(), Contact::searchText))
                        .and(carrying(TaggableKind.CONTACT, query.tags()))
                        .and(matching(query.customFields(), Contact::customFields)),
                query.page());
    }
}
