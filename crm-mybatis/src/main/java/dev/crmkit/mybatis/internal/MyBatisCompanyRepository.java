package dev.crmkit.mybatis.internal;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.mybatis.internal.CompanyMapper.CompanyFilter;
import java.util.Optional;
import java.util.function.Function;

/** Companies through {@link CompanyMapper}: one statement per operation, two for a page with its total. */
final class MyBatisCompanyRepository
        extends MyBatisCustomizableRepository<Company, Company, Company, CompanyFilter, CompanyQuery, CompanyMapper>
        implements CompanyRepository {

    MyBatisCompanyRepository(CompanyMapper mapper, Dialect dialect) {
        super(mapper, Function.identity(), Function.identity(), Company::withIdentity, dialect);
    }

    @Override
    public Optional<Company> findByDomain(String domain) {
        return findOne(() -> mapper.findByDomain(domain));
    }

    @Override
    CompanyFilter filter(CompanyQuery query) {
        return new CompanyFilter(query.textPattern().orElse(null), tagsAndFields(query.tags(), query.customFields()));
    }
}
