package dev.crmkit.core.contact;

import dev.crmkit.core.kernel.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The command to create a contact. Text is stripped; blank optional fields become absent; the
 * email is lower-cased.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule.
 */
public record NewContact(
        String firstName,
        String lastName,
        String email,
        @Nullable String phone,
        @Nullable String company,
        @Nullable String position,
        @Nullable String notes) {

    public NewContact {
        FieldErrors errors = new FieldErrors();
        firstName = errors.requiredText("firstName", firstName, Contact.FIRST_NAME_MAX);
        lastName = errors.requiredText("lastName", lastName, Contact.LAST_NAME_MAX);
        email = errors.email("email", email);
        phone = errors.optionalText("phone", phone, Contact.PHONE_MAX);
        company = errors.optionalText("company", company, Contact.COMPANY_MAX);
        position = errors.optionalText("position", position, Contact.POSITION_MAX);
        notes = errors.optionalText("notes", notes, Contact.NOTES_MAX);
        errors.throwIfAny();
    }

    /** A contact with just the required fields. */
    public static NewContact of(String firstName, String lastName, String email) {
        return new NewContact(firstName, lastName, email, null, null, null, null);
    }

    public NewContact withPhone(@Nullable String phone) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes);
    }

    public NewContact withCompany(@Nullable String company) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes);
    }

    public NewContact withPosition(@Nullable String position) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes);
    }

    public NewContact withNotes(@Nullable String notes) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes);
    }
}
