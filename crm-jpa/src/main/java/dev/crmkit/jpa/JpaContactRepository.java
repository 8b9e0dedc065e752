package dev.crmkit.jpa;

import static dev.crmkit.jpa.JpaErrors.call;

import dev.crmkit.core.ConcurrentModificationException;
import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactRepository;
import dev.crmkit.core.query.LikePattern;
import dev.crmkit.core.query.Page;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Contacts over JPA; one per unit of work. */
final class JpaContactRepository implements ContactRepository {

    private final EntityManager em;

    JpaContactRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Contact> findById(long id) {
        return call(() -> Optional.ofNullable(em.find(ContactEntity.class, id)).map(ContactEntity::toRecord));
    }

    @Override
    public boolean existsById(long id) {
        return Writes.exists(em, ContactEntity.NAME, id);
    }

    @Override
    public Optional<Contact> findByEmail(String email) {
        return call(() -> em.createQuery("select e from " + ContactEntity.NAME + " e where e.email = :email",
                        ContactEntity.class)
                .setParameter("email", email).getResultStream().findFirst().map(ContactEntity::toRecord));
    }

    @Override
    public Contact insert(Contact contact) {
        return call(() -> {
            ContactEntity entity = ContactEntity.of(contact);
            em.persist(entity);
            return entity.toRecord();
        });
    }

    @Override
    public Contact update(Contact contact) {
        ContactEntity entity = call(() -> em.find(ContactEntity.class, contact.id()));
        if (entity == null) {
            throw new NotFoundException("contact", contact.id());
        }
        if (entity.version() != contact.version()) {
            throw new ConcurrentModificationException("contact", contact.id(), contact.version());
        }
        boolean changed = !entity.toRecord().equals(contact);
        entity.copyFrom(contact);
        Writes.flushUpdate(em, entity, changed, "contact", ContactEntity.NAME, contact.id(), contact.version());
        return entity.toRecord();
    }

    @Override
    public boolean deleteById(long id) {
        return call(() -> Writes.deleteOne(em, ContactEntity.class, "delete from " + ContactEntity.NAME + " e where e.id = ?1", id, false));
    }

    @Override
    public Page<Contact> find(ContactQuery query) {
        return call(() -> {
            JpqlFilter filter = new JpqlFilter();
            query.textPattern().ifPresent(pattern ->
                    filter.and("e.searchText like :text escape '" + LikePattern.ESCAPE + "'", "text", pattern));
            if (query.company() != null) {
                filter.and("e.company = :company", "company", query.company());
            }
            List<ContactEntity> rows = KeysetQuery.rows(em, ContactEntity.class, ContactEntity.NAME, filter,
                    query.page());
            Long total = KeysetQuery.total(em, ContactEntity.NAME, filter, query.page());
            return Page.of(rows.stream().map(ContactEntity::toRecord).toList(), query.page(), total);
        });
    }
}
