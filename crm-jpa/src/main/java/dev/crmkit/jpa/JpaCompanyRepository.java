package dev.crmkit.jpa;

import static dev.crmkit.jpa.JpaErrors.call;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.query.LikePattern;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.CompanyRepository;
import dev.crmkit.core.tag.TaggableKind;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Companies over JPA; one per unit of work. */
final class JpaCompanyRepository extends JpaAggregateRepository<Company, CompanyEntity> implements CompanyRepository {

    JpaCompanyRepository(EntityManager em) {
        super(em, CompanyEntity.class, CompanyEntity::new);
    }

    @Override
    public Optional<Company> findByDomain(String domain) {
        return call(() -> em.createQuery(
                        "select e from " + entityName() + " e where e.domain = :domain", CompanyEntity.class)
                .setParameter("domain", domain)
                .getResultStream()
                .findFirst()
                .map(CompanyEntity::toRecord));
    }

    @Override
    public Page<Company> find(CompanyQuery query) {
        JpqlFilter filter = new JpqlFilter();
        query.textPattern()
                .ifPresent(pattern ->
                        filter.and("e.searchText like :text escape '" + LikePattern.ESCAPE + "'", "text", pattern));
        TaggingEntity.filter(filter, TaggableKind.COMPANY, query.tags());
        CustomFieldJpql.filter(filter, em, query.customFields());
        return page(filter, query.page());
    }
}
