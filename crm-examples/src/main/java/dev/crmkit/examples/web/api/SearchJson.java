package dev.crmkit.examples.web.api;

import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchKind;
import java.util.List;

/**
 * The answer of {@code GET /api/v1/search}: the hits, best first.
 *
 * @param query the text searched for, as crm-core read it (stripped)
 * @param items the hits, best first
 */
public record SearchJson(String query, List<HitJson> items) {

    /**
     * One record found.
     *
     * @param kind {@code contact}, {@code company} or {@code deal}
     * @param id the record's id
     * @param title a contact's "First Last", a deal's title, a company's name
     * @param subtitle a contact's email and company, a deal's value and stage, a company's domain
     * @param score 400 exact email or domain, 300 name or title prefix, 200 word prefix, 100 contains
     * @param href the record's address in this API
     */
    public record HitJson(String kind, long id, String title, String subtitle, int score, String href) {

        static HitJson of(SearchHit hit) {
            return new HitJson(
                    hit.kind().key(),
                    hit.id(),
                    hit.title(),
                    hit.subtitle(),
                    hit.score(),
                    "/api/v1/" + collection(hit.kind()) + "/" + hit.id());
        }

        private static String collection(SearchKind kind) {
            return switch (kind) {
                case CONTACT -> "contacts";
                case COMPANY -> "companies";
                case DEAL -> "deals";
            };
        }
    }

    static SearchJson of(String query, List<SearchHit> hits) {
        return new SearchJson(query, hits.stream().map(HitJson::of).toList());
    }
}
