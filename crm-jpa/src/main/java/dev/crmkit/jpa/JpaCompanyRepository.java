package dev.crmkit.jpa;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.core.tag.TaggableKind;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Companies over JPA; one per unit of work. */
final class JpaCompanyRepository extends JpaListingRepository<Company, CompanyEntity, CompanyQuery>
        implements CompanyRepository {

    JpaCompanyRepository(EntityManager em) {
        super(em, CompanyEntity.class, CompanyEntity::new);
    }

    @Override
    public Optional<Company> findByDomain(String domain) {
        return findOneBy("domain", domain);
    }

    @Override
    JpqlFilter filter(CompanyQuery query) {
        return tagged(
                new JpqlFilter().andSearchText(query.textPattern()),
                TaggableKind.COMPANY,
                query.tags(),
                query.customFields());
    }
}
