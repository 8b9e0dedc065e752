package dev.crmkit.jpa;

import dev.crmkit.core.company.Company;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A row of {@code crm_company}; the adapter's mutable twin of {@link Company}. */
@Entity(name = CompanyEntity.NAME)
@Table(name = "crm_company")
class CompanyEntity extends SearchableEntity<Company> {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmCompany";

    @Column(name = "name", nullable = false, length = Company.NAME_MAX)
    private String name = "";

    @Column(name = "domain", length = Company.DOMAIN_MAX)
    private @Nullable String domain;

    @Column(name = "industry", length = Company.INDUSTRY_MAX)
    private @Nullable String industry;

    @Column(name = "company_size", length = Company.SIZE_MAX)
    private @Nullable String size;

    @Column(name = "phone", length = Company.PHONE_MAX)
    private @Nullable String phone;

    @Column(name = "address", length = Company.ADDRESS_MAX)
    private @Nullable String address;

    @Column(name = "notes", length = Company.NOTES_MAX)
    private @Nullable String notes;

    /** For Hibernate. */
    protected CompanyEntity() {}

    @Override
    protected void copyFields(Company company) {
        name = company.name();
        domain = company.domain();
        industry = company.industry();
        size = company.size();
        phone = company.phone();
        address = company.address();
        notes = company.notes();
        copySearch(company.searchText(), company.customFields());
    }

    @Override
    Company toRecord() {
        return new Company(
                id(),
                name,
                domain,
                industry,
                size,
                phone,
                address,
                notes,
                createdAt(),
                updatedAt(),
                version(),
                customFields());
    }
}
