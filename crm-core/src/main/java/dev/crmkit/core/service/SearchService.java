package dev.crmkit.core.service;

import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchKind;
import dev.crmkit.core.search.SearchQuery;
import dev.crmkit.core.storage.SearchRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One search over contacts, deals and companies (every {@link SearchKind}): ranked hits, best first.
 * A contact's exact email or a company's exact domain ranks first, then names and titles that start
 * with the text, then those with a later word that does, then those that only contain it; ties by
 * title, ignoring case. Thread-safe.
 *
 * <p>A kind's ranked scan ({@link SearchRepository#findAll}) runs only when its exact and prefix hits
 * are fewer than the limit and none of them is exact: a text that is an email or a domain names
 * one record, and the scan for the records that merely contain it is what makes a search slow.
 */
public final class SearchService extends TransactionalService {

    SearchService(Transactor transactor) {
        super(transactor);
    }

    /**
     * Searches every kind of record in one read transaction.
     *
     * @param query what to look for, and how many hits at most
     * @return the hits, best first ({@link SearchHit#RANKING}), at most {@code query.limit()}
     */
    public List<SearchHit> find(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        return transactor.inTransaction(tx -> {
            SearchRepository search = tx.work().search();
            List<SearchHit> hits = new ArrayList<>();
            for (SearchKind kind : SearchKind.values()) {
                List<SearchHit> leading = search.findLeading(kind, query);
                // Enough exact and prefix hits outrank every other hit of this kind, and an exact hit
                // is what the text asked for: the scan is not needed.
                boolean enough = leading.size() >= query.limit()
                        || leading.stream().anyMatch(hit -> hit.score() == SearchHit.EXACT);
                hits.addAll(enough ? leading : search.findAll(kind, query));
            }
            hits.sort(SearchHit.RANKING);
            return List.copyOf(hits.subList(0, Math.min(hits.size(), query.limit())));
        });
    }

    /**
     * Searches with the default limit.
     *
     * @param text what to look for
     * @return the hits, best first
     * @throws dev.crmkit.core.kernel.ValidationException when the text is blank or too long
     */
    public List<SearchHit> find(String text) {
        return find(SearchQuery.of(text));
    }
}
