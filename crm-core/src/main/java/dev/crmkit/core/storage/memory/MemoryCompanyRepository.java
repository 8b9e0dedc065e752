package dev.crmkit.core.storage.memory;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Optional;

/** Companies in memory. */
final class MemoryCompanyRepository extends MemoryRepository<Company> implements CompanyRepository {

    MemoryCompanyRepository(InMemoryUnitOfWork work) {
        super(work, Table.COMPANY, Company::withIdentity, Tables::requireDomainFree);
    }

    @Override
    public Optional<Company> findByDomain(String domain) {
        return work.read().companies.values().stream()
                .filter(c -> domain.equals(c.domain()))
                .findFirst();
    }

    @Override
    public Page<Company> find(CompanyQuery query) {
        return page(
                Like.matching(query.textPattern(), Company::searchText)
                        .and(carrying(TaggableKind.COMPANY, query.tags()))
                        .and(matching(query.customFields(), Company::customFields)),
                query.page());
    }
}
