package dev.crmkit.examples.web.page;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contact form as posted. Field names are crm-core's, so a {@code ValidationException}'s
 * errors land next to the right input without renaming. Blank optional fields clear the value;
 * the company picker posts {@code companyId}, empty for none.
 */
record ContactForm(
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String company,
        @Nullable String position,
        @Nullable String notes,
        @Nullable Long version,
        @Nullable Long companyId,
        @Nullable String tags)
        implements RecordForm<NewContact, ContactUpdate> {

    static ContactForm empty() {
        return new ContactForm("", "", "", "", "", "", "", null, null, "");
    }

    static ContactForm of(Contact contact, List<String> tags) {
        return new ContactForm(
                contact.firstName(),
                contact.lastName(),
                contact.email(),
                contact.phone(),
                contact.company(),
                contact.position(),
                contact.notes(),
                contact.version(),
                contact.companyId(),
                String.join(", ", tags));
    }

    @Override
    public List<String> tagNames() {
        return FormFields.tagNames(tags);
    }

    @Override
    public NewContact toNew() {
        return new NewContact(firstName, lastName, email, phone, company, position, notes, companyId);
    }

    @Override
    public ContactUpdate toUpdate() {
        ContactUpdate.Builder update = ContactUpdate.builder()
                .firstName(firstName)
                .lastName(lastName)
                .email(email)
                .phone(phone)
                .company(company)
                .position(position)
                .notes(notes)
                .companyId(companyId);
        if (version != null) {
            update.expectedVersion(version);
        }
        return update.build();
    }
}
