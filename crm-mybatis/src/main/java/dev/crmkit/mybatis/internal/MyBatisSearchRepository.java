package dev.crmkit.mybatis.internal;

import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchKind;
import dev.crmkit.core.search.SearchQuery;
import dev.crmkit.core.storage.SearchRepository;
import dev.crmkit.mybatis.internal.SearchMapper.CompanyHit;
import dev.crmkit.mybatis.internal.SearchMapper.ContactHit;
import dev.crmkit.mybatis.internal.SearchMapper.DealHit;
import dev.crmkit.mybatis.internal.SearchMapper.Terms;
import java.util.List;

/** The search over {@link SearchMapper}'s statements. */
record MyBatisSearchRepository(SearchMapper mapper) implements SearchRepository {

    @Override
    public List<SearchHit> findLeading(SearchKind kind, SearchQuery query) {
        return find(kind, Terms.of(query), true);
    }

    @Override
    public List<SearchHit> findAll(SearchKind kind, SearchQuery query) {
        return find(kind, Terms.of(query), false);
    }

    /** Runs a kind's leading (exact and prefix) statement, or its statement for every score. */
    private List<SearchHit> find(SearchKind kind, Terms t, boolean leading) {
        return Edge.call(() -> switch (kind) {
            case CONTACT -> contacts(leading ? mapper.contactsLeading(t) : mapper.contactsAll(t));
            case DEAL -> deals(leading ? mapper.dealsLeading(t) : mapper.dealsAll(t));
            case COMPANY -> companies(leading ? mapper.companiesLeading(t) : mapper.companiesAll(t));
        });
    }

    private static List<SearchHit> contacts(List<ContactHit> rows) {
        return rows.stream()
                .map(c -> SearchHit.contact(c.id(), c.firstName(), c.lastName(), c.email(), c.company(), c.score()))
                .toList();
    }

    private static List<SearchHit> companies(List<CompanyHit> rows) {
        return rows.stream()
                .map(c -> SearchHit.company(c.id(), c.name(), c.domain(), c.score()))
                .toList();
    }

    private static List<SearchHit> deals(List<DealHit> rows) {
        return rows.stream()
                .map(d -> SearchHit.deal(
                        d.id(), d.title(), Money.of(d.amount(), d.currency().strip()), d.status(), d.score()))
                .toList();
    }
}
