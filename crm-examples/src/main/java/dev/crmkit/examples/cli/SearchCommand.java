package dev.crmkit.examples.cli;

import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm search TEXT}: one search over contacts, companies and deals, best first. */
@Command(
        name = "search",
        description = "Search contacts, companies and deals by name, email, domain and title, best first.")
final class SearchCommand extends Subcommand implements Callable<Integer> {

    private static final List<String> COLUMNS = List.of("kind", "id", "title", "subtitle", "score");

    @Parameters(
            arity = "1..*",
            paramLabel = "TEXT",
            description = "what to look for; the words are searched as one text")
    List<String> words = List.of();

    @Option(names = "--limit", description = "most hits, 1-50 (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int limit = SearchQuery.DEFAULT_LIMIT;

    @Override
    public Integer call() {
        SearchQuery query =
                UserErrors.naming(Map.of("q", "TEXT"), () -> new SearchQuery(String.join(" ", words), limit));
        CrmCommand root = root();
        return root.withCrm(crm -> root.output()
                .list(crm.search().find(query).stream().map(SearchCommand::view).toList(), COLUMNS, null, null));
    }

    private static Map<String, @Nullable Object> view(SearchHit hit) {
        Map<String, @Nullable Object> view = new LinkedHashMap<>();
        view.put("kind", hit.kind().key());
        view.put("id", hit.id());
        view.put("title", hit.title());
        view.put("subtitle", hit.subtitle());
        view.put("score", hit.score());
        return view;
    }
}
