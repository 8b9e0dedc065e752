package dev.crmkit.core.storage;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.service.CompanyService;
import java.util.Optional;

/**
 * Persists companies; owned by a {@link UnitOfWork} and valid inside it. Inserts and updates also
 * store {@link Company#searchText()}; a domain taken by another company is a {@link
 * dev.crmkit.core.kernel.ConflictException} on field {@code domain}. Deleting the row leaves the linked
 * contacts and deals to {@link CompanyService}, which detaches them first (the schema's foreign
 * keys do the same, only as a safety net).
 */
public interface CompanyRepository extends ListingRepository<Company, CompanyQuery> {

    @Override
    default String entity() {
        return "company";
    }

    /**
     * {@return the company with this domain; domains are stored normalized, pass it normalized}
     *
     * @param domain the domain, as {@link dev.crmkit.core.company.CompanyDomain} normalizes it
     */
    Optional<Company> findByDomain(String domain);
}
