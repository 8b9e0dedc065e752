package dev.crmkit.mybatis.internal;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactRepository;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.mybatis.internal.ContactMapper.ContactFilter;
import java.util.List;
import java.util.Optional;

/** Contacts through {@link ContactMapper}: one statement per operation, two for a page with its total. */
final class MyBatisContactRepository implements ContactRepository {

    private static final String ENTITY = "contact";

    private final ContactMapper mapper;

    MyBatisContactRepository(ContactMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<Contact> findById(long id) {
        return Edge.call(() -> Optional.ofNullable(mapper.findById(id)));
    }

    @Override
    public boolean existsById(long id) {
        return Edge.call(() -> mapper.countById(id) > 0);
    }

    @Override
    public Optional<Contact> findByEmail(String email) {
        return Edge.call(() -> Optional.ofNullable(mapper.findByEmail(email)));
    }

    @Override
    public Contact insert(Contact contact) {
        return Edge.call(() -> {
            GeneratedKey key = new GeneratedKey();
            mapper.insert(contact, key);
            return stored(contact, key.getId(), 0);
        });
    }

    @Override
    public Contact update(Contact contact) {
        return Edge.call(() -> {
            if (mapper.update(contact) == 0) {
                throw Writes.staleOrMissing(ENTITY, contact.id(), contact.version(), mapper.lockById(contact.id()) != null);
            }
            return stored(contact, contact.id(), contact.version() + 1);
        });
    }

    @Override
    public boolean deleteById(long id) {
        return Edge.call(() -> mapper.deleteById(id) > 0);
    }

    @Override
    public Page<Contact> find(ContactQuery query) {
        return Edge.call(() -> {
            PageRequest<ContactSort> page = query.page();
            ContactFilter filter = new ContactFilter(query.textPattern().orElse(null), query.company());
            List<Contact> rows = mapper.find(filter, PageSql.of(page));
            return Page.of(rows, page, page.withTotal() ? mapper.count(filter) : null);
        });
    }

    private static Contact stored(Contact c, long id, long version) {
        return new Contact(id, c.firstName(), c.lastName(), c.email(), c.phone(), c.company(), c.position(),
                c.notes(), c.createdAt(), c.updatedAt(), version);
    }
}
