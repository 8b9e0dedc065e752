package dev.crmkit.mybatis.internal;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import dev.crmkit.mybatis.internal.ContactMapper.ContactFilter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Contacts through {@link ContactMapper}: one statement per operation, two for a page with its total. */
final class MyBatisContactRepository
        extends MyBatisQueryRepository<Contact, Contact, Contact, ContactFilter, ContactMapper>
        implements ContactRepository {

    private final JdbcBatchInserts batch;
    private final Dialect dialect;

    MyBatisContactRepository(ContactMapper mapper, JdbcBatchInserts batch, Dialect dialect) {
        super(mapper, Function.identity(), Function.identity(), Contact::withIdentity);
        this.batch = batch;
        this.dialect = dialect;
    }

    @Override
    public Optional<Contact> findByEmail(String email) {
        return Edge.call(() -> Optional.ofNullable(mapper.findByEmail(email)));
    }

    @Override
    public Page<Contact> find(ContactQuery query) {
        return page(
                query.page(),
                new ContactFilter(
                        query.textPattern().orElse(null),
                        query.company(),
                        query.companyId(),
                        query.tags(),
                        CustomFieldCondition.of(dialect, query.customFields())));
    }

    /** One JDBC batch on the session's connection (see {@link JdbcBatchInserts}). */
    @Override
    public List<Contact> insertAll(List<Contact> records) {
        return batch.contacts(records);
    }

    @Override
    public List<Contact> findByEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        batch.beforeLookups();
        return Edge.call(() -> mapper.findByEmails(emails));
    }
}
