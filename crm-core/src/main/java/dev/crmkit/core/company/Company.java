package dev.crmkit.core.company;

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
 * An organisation the CRM keeps track of; contacts and deals link to it.
 *
 * @param id database-issued id
 * @param name never blank, at most {@value #NAME_MAX} characters
 * @param domain web domain, normalized by {@link CompanyDomain#normalize} (lower-case, no scheme,
 *     {@code www.}, path or trailing dot); unique among companies; at most {@value #DOMAIN_MAX} characters
 * @param industry at most {@value #INDUSTRY_MAX} characters
 * @param size head count or band such as {@code 11-50}, at most {@value #SIZE_MAX} characters
 * @param phone at most {@value #PHONE_MAX} characters
 * @param address postal address, at most {@value #ADDRESS_MAX} characters
 * @param notes free text, at most {@value #NOTES_MAX} characters
 * @param createdAt when it was created, from the {@code Crm}'s clock
 * @param updatedAt when it was last changed, from the {@code Crm}'s clock
 * @param version incremented by every update, for optimistic locking
 * @param customFields the values of the companies' custom fields
 */
public record Company(
        long id,
        String name,
        @Nullable String domain,
        @Nullable String industry,
        @Nullable String size,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String notes,
        Instant createdAt,
        Instant updatedAt,
        long version,
        CustomFieldValues customFields)
        implements CrmRecord, CustomizableRecord<Company> {

    /** Longest name, in code points (the same as a contact's free-text company). */
    public static final int NAME_MAX = 200;
    /** Longest domain, in code points. */
    public static final int DOMAIN_MAX = 253;
    /** Longest industry, in code points. */
    public static final int INDUSTRY_MAX = 100;
    /** Longest size, in code points. */
    public static final int SIZE_MAX = 50;
    /** Longest phone, in code points. */
    public static final int PHONE_MAX = 50;
    /** Longest address, in code points. */
    public static final int ADDRESS_MAX = 500;
    /** Longest notes, in code points. */
    public static final int NOTES_MAX = 10_000;

    /** Characters of {@link #searchText()} the schema stores: lower-casing may lengthen text. */
    public static final int SEARCH_TEXT_MAX = StorageLimits.SEARCH_TEXT_MAX;

    /**
     * Checks the required fields.
     *
     * @param id database-issued id
     * @param name never blank
     * @param domain normalized web domain, unique
     * @param industry the industry
     * @param size head count or band
     * @param phone the phone
     * @param address the address
     * @param notes free text
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version for optimistic locking
     * @param customFields the values of the companies' custom fields
     */
    public Company {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(customFields, "customFields");
    }

    /**
     * A company without custom field values.
     *
     * @param id database-issued id
     * @param name never blank
     * @param domain normalized web domain, unique
     * @param industry the industry
     * @param size head count or band
     * @param phone the phone
     * @param address the address
     * @param notes free text
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version for optimistic locking
     */
    public Company(
            long id,
            String name,
            @Nullable String domain,
            @Nullable String industry,
            @Nullable String size,
            @Nullable String phone,
            @Nullable String address,
            @Nullable String notes,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this(
                id,
                name,
                domain,
                industry,
                size,
                phone,
                address,
                notes,
                createdAt,
                updatedAt,
                version,
                CustomFieldValues.empty());
    }

    /**
     * {@return this company with other custom field values; nothing else changes}
     *
     * @param customFields the values
     */
    public Company withCustomFields(CustomFieldValues customFields) {
        return new Company(
                id, name, domain, industry, size, phone, address, notes, createdAt, updatedAt, version, customFields);
    }

    /**
     * {@return this company with another {@code updatedAt}; nothing else changes}
     *
     * @param updatedAt the new {@code updatedAt}
     */
    public Company withUpdatedAt(Instant updatedAt) {
        return new Company(
                id, name, domain, industry, size, phone, address, notes, createdAt, updatedAt, version, customFields);
    }

    /**
     * What free-text search matches: name and domain, lower-cased in Java so that every database
     * matches the same way. Adapters store it in the {@code search_text} column.
     *
     * @return the search text
     */
    public String searchText() {
        return Stream.of(name, domain)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The same company as stored under the id and version the storage issued.
     *
     * @param id the issued id
     * @param version the stored version
     * @return a copy with that id and version
     */
    public Company withIdentity(long id, long version) {
        return new Company(
                id, name, domain, industry, size, phone, address, notes, createdAt, updatedAt, version, customFields);
    }
}
