package dev.crmkit.mybatis.internal;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.mybatis.internal.ContactMapper.ContactFilter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Contacts through {@link ContactMapper}: one statement per operation, two for a page with its total. */
final class MyBatisContactRepository
        extends MyBatisCustomizableRepository<Contact, Contact, Contact, ContactFilter, ContactQuery, ContactMapper>
        implements ContactRepository {

    MyBatisContactRepository(ContactMapper mapper, Bulk<Contact> bulk, Dialect dialect) {
        super(mapper, Function.identity(), Function.identity(), Contact::withIdentity, bulk, dialect);
    }

    @Override
    public Optional<Contact> findByEmail(String email) {
        return findOne(() -> mapper.findByEmail(email));
    }

    @Override
    ContactFilter filter(ContactQuery query) {
        return new ContactFilter(
                query.textPattern().orElse(null),
                query.company(),
                query.companyId(),
                tagsAndFields(query.tags(), query.customFields()));
    }

    @Override
    public List<Contact> findByEmails(Collection<String> emails) {
        return findWhereIn(emails, mapper::findByEmails);
    }
}
