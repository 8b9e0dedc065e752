package dev.crmkit.core.contact;

import dev.crmkit.core.kernel.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The command to create a contact. Text is stripped; blank optional fields become absent; the
 * email is lower-cased.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule.
 *
 * <p>With a {@code companyId}, the contact's free-text {@code company} becomes the linked company's name.
 */
public record NewContact(
        String firstName,
        String lastName,
        String email,
        @Nullable String phone,
        @Nullable String company,
        @Nullable String position,
        @Nullable String notes,
        @Nullable Long companyId) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param email the email
     * @param phone the phone
     * @param company the company
     * @param position the position
     * @param notes the notes
     * @param companyId the company the contact works for, if any
     */
    public NewContact {
        FieldErrors errors = new FieldErrors();
        firstName = errors.requiredText("firstName", firstName, Contact.FIRST_NAME_MAX);
        lastName = errors.requiredText("lastName", lastName, Contact.LAST_NAME_MAX);
        email = errors.email("email", email);
        phone = errors.optionalText("phone", phone, Contact.PHONE_MAX);
        company = errors.optionalText("company", company, Contact.COMPANY_MAX);
        position = errors.optionalText("position", position, Contact.POSITION_MAX);
        notes = errors.optionalText("notes", notes, Contact.NOTES_MAX);
        if (companyId != null && companyId <= 0) {
            errors.add("companyId", "must be a positive id");
        }
        errors.throwIfAny();
    }

    /**
     * A contact linked to no company.
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param email the email
     * @param phone the phone
     * @param company the company
     * @param position the position
     * @param notes the notes
     */
    public NewContact(
            String firstName,
            String lastName,
            String email,
            @Nullable String phone,
            @Nullable String company,
            @Nullable String position,
            @Nullable String notes) {
        this(firstName, lastName, email, phone, company, position, notes, null);
    }

    /**
     * This linked to a company (its name becomes the free-text company).
     *
     * @param companyId the company's id, or {@code null} for none
     * @return a copy of this contact with the change
     */
    public NewContact withCompanyId(@Nullable Long companyId) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes, companyId);
    }

    /**
     * {@return a contact with just the required fields}
     *
     * @param firstName the first name
     * @param lastName the last name
     * @param email the email address
     */
    public static NewContact of(String firstName, String lastName, String email) {
        return new NewContact(firstName, lastName, email, null, null, null, null);
    }

    /**
     * This with another phone.
     *
     * @param phone the phone number, or {@code null} for none
     * @return a copy of this contact with the change
     */
    public NewContact withPhone(@Nullable String phone) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes, companyId);
    }

    /**
     * This with another company.
     *
     * @param company the company, or {@code null} for none
     * @return a copy of this contact with the change
     */
    public NewContact withCompany(@Nullable String company) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes, companyId);
    }

    /**
     * This with another position.
     *
     * @param position the job title, or {@code null} for none
     * @return a copy of this contact with the change
     */
    public NewContact withPosition(@Nullable String position) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes, companyId);
    }

    /**
     * This with another notes.
     *
     * @param notes free text, or {@code null} for none
     * @return a copy of this contact with the change
     */
    public NewContact withNotes(@Nullable String notes) {
        return new NewContact(firstName, lastName, email, phone, company, position, notes, companyId);
    }
}
