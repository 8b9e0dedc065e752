package dev.crmkit.core.storage.memory;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchKind;
import dev.crmkit.core.search.SearchQuery;
import dev.crmkit.core.storage.SearchRepository;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The search over the in-memory tables, scoring as the SQL adapters' statements do: the reference
 * the contract kit compares them with.
 */
final class MemorySearchRepository implements SearchRepository {

    private final InMemoryUnitOfWork work;

    MemorySearchRepository(InMemoryUnitOfWork work) {
        this.work = work;
    }

    @Override
    public List<SearchHit> findLeading(SearchKind kind, SearchQuery query) {
        return find(kind, query, SearchHit.PREFIX);
    }

    @Override
    public List<SearchHit> findAll(SearchKind kind, SearchQuery query) {
        return find(kind, query, SearchHit.CONTAINS);
    }

    private List<SearchHit> find(SearchKind kind, SearchQuery query, int minScore) {
        String q = query.lowerText();
        return switch (kind) {
            case CONTACT ->
                ranked(
                        work.read().contacts.values().stream(),
                        Contact::searchText,
                        c -> contactScore(c, q),
                        (c, score) ->
                                SearchHit.contact(c.id(), c.firstName(), c.lastName(), c.email(), c.company(), score),
                        minScore,
                        query.limit());
            case DEAL ->
                ranked(
                        work.read().deals.values().stream(),
                        Deal::searchTitle,
                        d -> textScore(d.searchTitle(), q),
                        (d, score) -> SearchHit.deal(d.id(), d.title(), d.value(), d.status(), score),
                        minScore,
                        query.limit());
            case COMPANY ->
                ranked(
                        work.read().companies.values().stream(),
                        Company::searchText,
                        c -> q.equals(c.domain()) ? SearchHit.EXACT : textScore(c.searchText(), q),
                        (c, score) -> SearchHit.company(c.id(), c.name(), c.domain(), score),
                        minScore,
                        query.limit());
        };
    }

    private static int contactScore(Contact contact, String q) {
        return contact.email().equals(q) ? SearchHit.EXACT : textScore(contact.searchText(), q);
    }

    /** A word starts after a space or after the line break between a record's fields (name, email, domain). */
    private static int textScore(String text, String q) {
        if (text.startsWith(q)) {
            return SearchHit.PREFIX;
        }
        if (text.contains(" " + q) || text.contains("\n" + q)) {
            return SearchHit.WORD_PREFIX;
        }
        return text.contains(q) ? SearchHit.CONTAINS : 0;
    }

    private static <T> List<SearchHit> ranked(
            Stream<T> rows,
            Function<T, String> sortText,
            Function<T, Integer> score,
            BiFunction<T, Integer, SearchHit> hit,
            int minScore,
            int limit) {
        record Scored<T>(T row, int score) {}
        return rows.map(row -> new Scored<>(row, score.apply(row)))
                .filter(scored -> scored.score() >= minScore)
                .sorted(Comparator.<Scored<T>>comparingInt(Scored::score)
                        .reversed()
                        .thenComparing(scored -> sortText.apply(scored.row())))
                .limit(limit)
                .map(scored -> hit.apply(scored.row(), scored.score()))
                .toList();
    }
}
