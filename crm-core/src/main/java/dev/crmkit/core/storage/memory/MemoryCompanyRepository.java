package dev.crmkit.core.storage.memory;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.core.storage.memory.Tables.Table;
import dev.crmkit.core.tag.TaggableKind;
import java.util.Optional;
import java.util.function.Predicate;

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
        Predicate<Company> text = query.textPattern()
                .map(pattern -> Like.compile(pattern).asMatchPredicate())
                .<Predicate<Company>>map(matches -> company -> matches.test(company.searchText()))
                .orElse(company -> true);
        Predicate<Company> tags =
                company -> work.tagState().carriesAll(TaggableKind.COMPANY, company.id(), query.tags());
        Predicate<Company> customFields =
                company -> query.customFields().stream().allMatch(f -> f.matches(company.customFields()));
        return page(text.and(tags).and(customFields), query.page());
    }
}
