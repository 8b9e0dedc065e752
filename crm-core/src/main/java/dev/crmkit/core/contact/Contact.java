package dev.crmkit.core.contact;

import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.CustomizableRecord;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.StorageLimits;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A person the CRM keeps track of.
 *
 * @param id database-issued id
 * @param firstName never blank, at most {@value #FIRST_NAME_MAX} characters
 * @param lastName never blank, at most {@value #LAST_NAME_MAX} characters
 * @param email unique ignoring case; stored lower-cased, at most {@value #EMAIL_MAX} characters
 * @param phone at most {@value #PHONE_MAX} characters
 * @param company at most {@value #COMPANY_MAX} characters; free text, or the name of the linked
 *     company when {@code companyId} is set (the service keeps it in step, so lists and search need no join)
 * @param position job title, at most {@value #POSITION_MAX} characters
 * @param notes free text, at most {@value #NOTES_MAX} characters
 * @param companyId the company the contact works for, if any
 * @param customFields the values of the contacts' custom fields
 */
public record Contact(
        long id,
        String firstName,
        String lastName,
        String email,
        @Nullable String phone,
        @Nullable String company,
        @Nullable String position,
        @Nullable String notes,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Nullable Long companyId,
        CustomFieldValues customFields)
        implements CrmRecord, CustomizableRecord<Contact> {

    /** Longest first name, in code points. */
    public static final int FIRST_NAME_MAX = 100;
    /** Longest last name, in code points. */
    public static final int LAST_NAME_MAX = 100;
    /** Longest email, in code points. */
    public static final int EMAIL_MAX = 254;
    /** Longest phone, in code points. */
    public static final int PHONE_MAX = 50;
    /** Longest company, in code points. */
    public static final int COMPANY_MAX = 200;
    /** Longest position, in code points. */
    public static final int POSITION_MAX = 100;
    /** Longest notes, in code points. */
    public static final int NOTES_MAX = 10_000;

    /** Characters of {@link #searchText()} the schema stores: lower-casing may lengthen text. */
    public static final int SEARCH_TEXT_MAX = StorageLimits.SEARCH_TEXT_MAX;

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param id database-issued id
     * @param firstName never blank, at most {@value #FIRST_NAME_MAX} characters
     * @param lastName never blank, at most {@value #LAST_NAME_MAX} characters
     * @param email unique ignoring case; stored lower-cased, at most {@value #EMAIL_MAX} characters
     * @param phone at most {@value #PHONE_MAX} characters
     * @param company at most {@value #COMPANY_MAX} characters
     * @param position job title, at most {@value #POSITION_MAX} characters
     * @param notes free text, at most {@value #NOTES_MAX} characters
     * @param createdAt when it was created, from the {@code Crm}'s clock
     * @param updatedAt when it was last changed, from the {@code Crm}'s clock
     * @param version incremented by every update, for optimistic locking
     * @param companyId the company the contact works for, if any
     * @param customFields the values of the contacts' custom fields
     */
    public Contact {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(customFields, "customFields");
    }

    /**
     * A contact without custom field values.
     *
     * @param id database-issued id
     * @param firstName the first name
     * @param lastName the last name
     * @param email the email
     * @param phone the phone
     * @param company the free-text company
     * @param position the job title
     * @param notes free text
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version for optimistic locking
     * @param companyId the company the contact works for, if any
     */
    public Contact(
            long id,
            String firstName,
            String lastName,
            String email,
            @Nullable String phone,
            @Nullable String company,
            @Nullable String position,
            @Nullable String notes,
            Instant createdAt,
            Instant updatedAt,
            long version,
            @Nullable Long companyId) {
        this(
                id,
                firstName,
                lastName,
                email,
                phone,
                company,
                position,
                notes,
                createdAt,
                updatedAt,
                version,
                companyId,
                CustomFieldValues.empty());
    }

    /**
     * {@return this contact with other custom field values; nothing else changes}
     *
     * @param customFields the values
     */
    public Contact withCustomFields(CustomFieldValues customFields) {
        return new Contact(
                id,
                firstName,
                lastName,
                email,
                phone,
                company,
                position,
                notes,
                createdAt,
                updatedAt,
                version,
                companyId,
                customFields);
    }

    /**
     * A contact linked to no company.
     *
     * @param id database-issued id
     * @param firstName the first name
     * @param lastName the last name
     * @param email the email
     * @param phone the phone
     * @param company the free-text company
     * @param position the job title
     * @param notes free text
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version for optimistic locking
     */
    public Contact(
            long id,
            String firstName,
            String lastName,
            String email,
            @Nullable String phone,
            @Nullable String company,
            @Nullable String position,
            @Nullable String notes,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this(id, firstName, lastName, email, phone, company, position, notes, createdAt, updatedAt, version, null);
    }

    /**
     * {@return this contact linked to another company (or none), with that company's name as its free-text company}
     *
     * @param companyId the company's id, or {@code null} to detach
     * @param companyName the company's name; kept as the free-text company when detaching
     */
    public Contact withCompany(@Nullable Long companyId, @Nullable String companyName) {
        return new Contact(
                id,
                firstName,
                lastName,
                email,
                phone,
                companyName,
                position,
                notes,
                createdAt,
                updatedAt,
                version,
                companyId,
                customFields);
    }

    /**
     * {@return this contact with another {@code updatedAt}; nothing else changes}
     *
     * @param updatedAt the new {@code updatedAt}
     */
    public Contact withUpdatedAt(Instant updatedAt) {
        return new Contact(
                id,
                firstName,
                lastName,
                email,
                phone,
                company,
                position,
                notes,
                createdAt,
                updatedAt,
                version,
                companyId,
                customFields);
    }

    /**
     * {@return the full name, "First Last"}
     */
    public String fullName() {
        return firstName + " " + lastName;
    }

    /**
     * What free-text search matches: name, email and company, lower-cased in Java so that every
     * database matches the same way. Adapters store it in the {@code search_text} column.
     *
     * @return the search text
     */
    public String searchText() {
        return Stream.of(fullName(), email, company)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The same contact as stored under the id and version the storage issued.
     *
     * @param id the issued id
     * @param version the stored version
     * @return a copy with that id and version
     */
    public Contact withIdentity(long id, long version) {
        return new Contact(
                id,
                firstName,
                lastName,
                email,
                phone,
                company,
                position,
                notes,
                createdAt,
                updatedAt,
                version,
                companyId,
                customFields);
    }
}
