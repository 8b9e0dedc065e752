package dev.crmkit.jpa;

import dev.crmkit.core.contact.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A row of {@code crm_contact}; the adapter's mutable twin of {@link Contact}. */
@Entity(name = ContactEntity.NAME)
@Table(name = "crm_contact")
class ContactEntity {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmContact";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "first_name", nullable = false, length = Contact.FIRST_NAME_MAX)
    private String firstName = "";

    @Column(name = "last_name", nullable = false, length = Contact.LAST_NAME_MAX)
    private String lastName = "";

    @Column(name = "email", nullable = false, length = Contact.EMAIL_MAX)
    private String email = "";

    @Column(name = "phone", length = Contact.PHONE_MAX)
    private @Nullable String phone;

    @Column(name = "company", length = Contact.COMPANY_MAX)
    private @Nullable String company;

    @Column(name = "position", length = Contact.POSITION_MAX)
    private @Nullable String position;

    @Column(name = "notes", length = Contact.NOTES_MAX)
    private @Nullable String notes;

    @Column(name = "search_text", nullable = false, length = Contact.SEARCH_TEXT_MAX)
    private String searchText = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For Hibernate. */
    protected ContactEntity() {}

    /** A new row holding the contact's fields; id and version come from the database and Hibernate. */
    static ContactEntity of(Contact contact) {
        ContactEntity entity = new ContactEntity();
        entity.copyFrom(contact);
        entity.createdAt = contact.createdAt();
        return entity;
    }

    /** Takes every field the contact may change; id, creation time and version stay. */
    void copyFrom(Contact contact) {
        firstName = contact.firstName();
        lastName = contact.lastName();
        email = contact.email();
        phone = contact.phone();
        company = contact.company();
        position = contact.position();
        notes = contact.notes();
        searchText = contact.searchText();
        updatedAt = contact.updatedAt();
    }

    Contact toRecord() {
        return new Contact(id(), firstName, lastName, email, phone, company, position, notes,
                createdAt, updatedAt, version);
    }

    long id() {
        return Objects.requireNonNull(id, "id is issued on insert");
    }

    long version() {
        return version;
    }
}
