package dev.crmkit.mybatis.internal;

import dev.crmkit.core.search.SearchQuery;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The search statements; SQL in {@code SearchMapper.xml}. */
public interface SearchMapper {

    /**
     * What the statements bind as {@code t}: the query's text as {@code LIKE} patterns (escape {@code !}).
     *
     * @param exact the text lower-cased
     * @param prefix starts with the text
     * @param spaceWord a word after a space starts with the text
     * @param lineWord a word after a line break starts with the text
     * @param contains contains the text
     * @param limit the most rows
     */
    record Terms(String exact, String prefix, String spaceWord, String lineWord, String contains, int limit) {
        static Terms of(SearchQuery query) {
            return new Terms(
                    query.lowerText(),
                    query.prefixPattern(),
                    query.wordPattern(' '),
                    query.wordPattern('\n'),
                    query.containsPattern(),
                    query.limit());
        }
    }

    /** A contact found, with its score. */
    record ContactHit(
            long id,
            String firstName,
            String lastName,
            String email,
            @Nullable String company,
            int score) {}

    /** A deal found, with its score. */
    record DealHit(long id, String title, BigDecimal amount, String currency, String status, int score) {}

    /** A company found, with its score. */
    record CompanyHit(long id, String name, @Nullable String domain, int score) {}

    List<ContactHit> contactsLeading(@Param("t") Terms terms);

    List<ContactHit> contactsAll(@Param("t") Terms terms);

    List<DealHit> dealsLeading(@Param("t") Terms terms);

    List<DealHit> dealsAll(@Param("t") Terms terms);

    List<CompanyHit> companiesLeading(@Param("t") Terms terms);

    List<CompanyHit> companiesAll(@Param("t") Terms terms);
}
