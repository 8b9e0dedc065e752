package dev.crmkit.jpa;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.storage.ContactRepository;
import dev.crmkit.core.storage.jdbc.JdbcBatchInserts;
import dev.crmkit.core.tag.TaggableKind;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Contacts over JPA; one per unit of work. */
final class JpaContactRepository extends JpaListingRepository<Contact, ContactEntity, ContactQuery>
        implements ContactRepository {

    JpaContactRepository(EntityManager em) {
        super(em, ContactEntity.class, ContactEntity::new, JdbcBatchInserts::contacts);
    }

    @Override
    public Optional<Contact> findByEmail(String email) {
        return findOneBy("email", email);
    }

    @Override
    JpqlFilter filter(ContactQuery query) {
        JpqlFilter filter = new JpqlFilter().andSearchText(query.textPattern());
        filter.andIfGiven("e.company = :company", "company", query.company());
        filter.andIfGiven("e.companyId = :companyId", "companyId", query.companyId());
        return tagged(filter, TaggableKind.CONTACT, query.tags(), query.customFields());
    }

    @Override
    public List<Contact> findByEmails(Collection<String> emails) {
        return findWhereIn("email", emails);
    }
}
