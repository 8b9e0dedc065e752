package dev.crmkit.core.company;

import dev.crmkit.core.kernel.FieldErrors;
import org.jspecify.annotations.Nullable;

/**
 * The command to create a company. Text is stripped; blank optional fields become absent; the
 * domain is normalized ({@link CompanyDomain}).
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule.
 *
 * @param name the name
 * @param domain the web domain or address
 * @param industry the industry
 * @param size head count or band
 * @param phone the phone
 * @param address the postal address
 * @param notes free text
 */
public record NewCompany(
        String name,
        @Nullable String domain,
        @Nullable String industry,
        @Nullable String size,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String notes) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param name the name
     * @param domain the web domain or address
     * @param industry the industry
     * @param size head count or band
     * @param phone the phone
     * @param address the postal address
     * @param notes free text
     */
    public NewCompany {
        FieldErrors errors = new FieldErrors();
        name = errors.requiredText("name", name, Company.NAME_MAX);
        domain = CompanyDomain.normalize(errors, "domain", domain);
        industry = errors.optionalText("industry", industry, Company.INDUSTRY_MAX);
        size = errors.optionalText("size", size, Company.SIZE_MAX);
        phone = errors.optionalText("phone", phone, Company.PHONE_MAX);
        address = errors.optionalText("address", address, Company.ADDRESS_MAX);
        notes = errors.optionalText("notes", notes, Company.NOTES_MAX);
        errors.throwIfAny();
    }

    /**
     * {@return a company with just a name}
     *
     * @param name the name
     */
    public static NewCompany of(String name) {
        return new NewCompany(name, null, null, null, null, null, null);
    }

    /**
     * This with another domain.
     *
     * @param domain the domain or web address, or {@code null} for none
     * @return a copy with the change
     */
    public NewCompany withDomain(@Nullable String domain) {
        return new NewCompany(name, domain, industry, size, phone, address, notes);
    }

    /**
     * This with another industry.
     *
     * @param industry the industry, or {@code null} for none
     * @return a copy with the change
     */
    public NewCompany withIndustry(@Nullable String industry) {
        return new NewCompany(name, domain, industry, size, phone, address, notes);
    }

    /**
     * This with another size.
     *
     * @param size head count or band, or {@code null} for none
     * @return a copy with the change
     */
    public NewCompany withSize(@Nullable String size) {
        return new NewCompany(name, domain, industry, size, phone, address, notes);
    }

    /**
     * This with another phone.
     *
     * @param phone the phone, or {@code null} for none
     * @return a copy with the change
     */
    public NewCompany withPhone(@Nullable String phone) {
        return new NewCompany(name, domain, industry, size, phone, address, notes);
    }

    /**
     * This with another address.
     *
     * @param address the address, or {@code null} for none
     * @return a copy with the change
     */
    public NewCompany withAddress(@Nullable String address) {
        return new NewCompany(name, domain, industry, size, phone, address, notes);
    }

    /**
     * This with other notes.
     *
     * @param notes free text, or {@code null} for none
     * @return a copy with the change
     */
    public NewCompany withNotes(@Nullable String notes) {
        return new NewCompany(name, domain, industry, size, phone, address, notes);
    }
}
