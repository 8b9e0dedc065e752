package dev.crmkit.jpa;

import dev.crmkit.core.contact.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A row of {@code crm_contact}; the adapter's mutable twin of {@link Contact}. */
@Entity(name = ContactEntity.NAME)
@Table(name = "crm_contact")
class ContactEntity extends SearchableEntity<Contact> {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmContact";

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

    @Column(name = "company_id")
    private @Nullable Long companyId;

    /** For Hibernate. */
    protected ContactEntity() {}

    @Override
    protected void copyFields(Contact contact) {
        firstName = contact.firstName();
        lastName = contact.lastName();
        email = contact.email();
        phone = contact.phone();
        company = contact.company();
        position = contact.position();
        notes = contact.notes();
        companyId = contact.companyId();
        copySearch(contact.searchText(), contact.customFields());
    }

    @Override
    Contact toRecord() {
        return new Contact(
                id(),
                firstName,
                lastName,
                email,
                phone,
                company,
                position,
                notes,
                createdAt(),
                updatedAt(),
                version(),
                companyId,
                customFields());
    }
}
