package dev.crmkit.jpa;

import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchKind;
import dev.crmkit.core.search.SearchQuery;
import dev.crmkit.core.storage.SearchRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The search as native SQL, the same on every supported database: exact and prefix matches
 * through the indexes of migrations V6 and V8 ({@code crm_contact.email}, {@code search_prefix}, {@code
 * crm_deal.search_title}, {@code crm_company.domain} and {@code search_prefix}), the ranked contains scan only when the service asks for it. Hibernate
 * flushes pending changes before a native query, so a search sees this unit of work's writes.
 */
final class JpaSearchRepository implements SearchRepository {

    private static final String CONTACT_COLUMNS = "id, first_name, last_name, email, company";
    private static final String DEAL_COLUMNS = "id, title, amount, currency, status";
    private static final String COMPANY_COLUMNS = "id, name, domain";

    private static final String CONTACTS_LEADING = "SELECT " + CONTACT_COLUMNS + ", score FROM ("
            + " SELECT " + CONTACT_COLUMNS + ", search_text, 400 AS score FROM crm_contact WHERE email = :exact"
            + " UNION ALL"
            + " SELECT " + CONTACT_COLUMNS + ", search_text, 300 AS score FROM ("
            + "  SELECT " + CONTACT_COLUMNS + ", search_prefix, search_text FROM crm_contact"
            + "  WHERE search_prefix LIKE :prefix ESCAPE '!' AND email <> :exact"
            + "  ORDER BY search_prefix, search_text, id LIMIT :limit) p"
            + ") h ORDER BY score DESC, search_text, id LIMIT :limit";

    private static final String CONTACTS_ALL = "SELECT " + CONTACT_COLUMNS + ", score FROM ("
            + " SELECT " + CONTACT_COLUMNS + ", search_text,"
            + "  CASE WHEN email = :exact THEN 400"
            + "   WHEN search_text LIKE :prefix ESCAPE '!' THEN 300"
            + "   WHEN search_text LIKE :spaceWord ESCAPE '!' OR search_text LIKE :lineWord ESCAPE '!' THEN 200"
            + "   ELSE 100 END AS score"
            + " FROM crm_contact WHERE search_text LIKE :contains ESCAPE '!'"
            + ") h ORDER BY score DESC, search_text, id LIMIT :limit";

    private static final String DEALS_LEADING = "SELECT " + DEAL_COLUMNS + ", 300 AS score FROM crm_deal"
            + " WHERE search_title LIKE :prefix ESCAPE '!' ORDER BY search_title, id LIMIT :limit";

    private static final String DEALS_ALL = "SELECT " + DEAL_COLUMNS + ", score FROM ("
            + " SELECT " + DEAL_COLUMNS + ", search_title,"
            + "  CASE WHEN search_title LIKE :prefix ESCAPE '!' THEN 300"
            + "   WHEN search_title LIKE :spaceWord ESCAPE '!' OR search_title LIKE :lineWord ESCAPE '!' THEN 200"
            + "   ELSE 100 END AS score"
            + " FROM crm_deal WHERE search_title LIKE :contains ESCAPE '!'"
            + ") h ORDER BY score DESC, search_title, id LIMIT :limit";

    private static final String COMPANIES_LEADING = "SELECT " + COMPANY_COLUMNS + ", score FROM ("
            + " SELECT " + COMPANY_COLUMNS + ", search_text, 400 AS score FROM crm_company WHERE domain = :exact"
            + " UNION ALL"
            + " SELECT " + COMPANY_COLUMNS + ", search_text, 300 AS score FROM ("
            + "  SELECT " + COMPANY_COLUMNS + ", search_prefix, search_text FROM crm_company"
            + "  WHERE search_prefix LIKE :prefix ESCAPE '!' AND (domain IS NULL OR domain <> :exact)"
            + "  ORDER BY search_prefix, search_text, id LIMIT :limit) p"
            + ") h ORDER BY score DESC, search_text, id LIMIT :limit";

    private static final String COMPANIES_ALL = "SELECT " + COMPANY_COLUMNS + ", score FROM ("
            + " SELECT " + COMPANY_COLUMNS + ", search_text,"
            + "  CASE WHEN domain = :exact THEN 400"
            + "   WHEN search_text LIKE :prefix ESCAPE '!' THEN 300"
            + "   WHEN search_text LIKE :spaceWord ESCAPE '!' OR search_text LIKE :lineWord ESCAPE '!' THEN 200"
            + "   ELSE 100 END AS score"
            + " FROM crm_company WHERE search_text LIKE :contains ESCAPE '!'"
            + ") h ORDER BY score DESC, search_text, id LIMIT :limit";

    private final EntityManager em;

    JpaSearchRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<SearchHit> findLeading(SearchKind kind, SearchQuery query) {
        return hits(kind, query, em.createNativeQuery(statement(kind, true)));
    }

    @Override
    public List<SearchHit> findAll(SearchKind kind, SearchQuery query) {
        return hits(
                kind,
                query,
                em.createNativeQuery(statement(kind, false))
                        .setParameter("spaceWord", query.wordPattern(' '))
                        .setParameter("lineWord", query.wordPattern('\n'))
                        .setParameter("contains", query.containsPattern()));
    }

    /** {@return a kind's statement for its exact and prefix hits ({@code leading}), or for hits of every score} */
    private static String statement(SearchKind kind, boolean leading) {
        return switch (kind) {
            case CONTACT -> leading ? CONTACTS_LEADING : CONTACTS_ALL;
            case DEAL -> leading ? DEALS_LEADING : DEALS_ALL;
            case COMPANY -> leading ? COMPANIES_LEADING : COMPANIES_ALL;
        };
    }

    /** Binds what every statement of the kind reads (deals have no exact key) and maps its rows. */
    private static List<SearchHit> hits(SearchKind kind, SearchQuery query, Query sql) {
        sql.setParameter("prefix", query.prefixPattern()).setParameter("limit", query.limit());
        if (kind != SearchKind.DEAL) {
            sql.setParameter("exact", query.lowerText());
        }
        Function<Object[], SearchHit> hit = switch (kind) {
            case CONTACT -> JpaSearchRepository::contact;
            case DEAL -> JpaSearchRepository::deal;
            case COMPANY -> JpaSearchRepository::company;
        };
        return JpaErrors.call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = sql.getResultList();
            return rows.stream().map(hit).toList();
        });
    }

    private static SearchHit contact(Object[] row) {
        return SearchHit.contact(
                ((Number) row[0]).longValue(),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                ((Number) row[5]).intValue());
    }

    private static SearchHit company(Object[] row) {
        return SearchHit.company(
                ((Number) row[0]).longValue(), (String) row[1], (String) row[2], ((Number) row[3]).intValue());
    }

    private static SearchHit deal(Object[] row) {
        BigDecimal amount = row[2] instanceof BigDecimal decimal ? decimal : new BigDecimal(row[2].toString());
        return SearchHit.deal(
                ((Number) row[0]).longValue(),
                (String) row[1],
                Money.of(amount, ((String) row[3]).strip()),
                (String) row[4],
                ((Number) row[5]).intValue());
    }
}
