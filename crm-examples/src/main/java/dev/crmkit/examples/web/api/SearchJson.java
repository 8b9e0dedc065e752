package dev.crmkit.examples.web.api;

import dev.crmkit.core.search.SearchHit;
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
     * @param kind {@code contact} or {@code deal}
     * @param id the record's id
     * @param title a contact's "First Last", a deal's title
     * @param subtitle a contact's email and company, a deal's value and stage
     * @param score 400 exact email, 300 name or title prefix, 200 word prefix, 100 contains
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
                    "/api/v1/" + hit.kind().key() + "s/" + hit.id());
        }
    }

    static SearchJson of(String query, List<SearchHit> hits) {
        return new SearchJson(query, hits.stream().map(HitJson::of).toList());
    }
}
