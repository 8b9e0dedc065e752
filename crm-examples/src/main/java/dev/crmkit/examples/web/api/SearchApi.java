package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.search.SearchQuery;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/search}: one search over contacts, companies and deals, ranked. */
@ApiController(path = "/api/v1/search", tag = "search")
record SearchApi(Crm crm) {

    @GetMapping
    @Operation(
            summary = "Search contacts, companies and deals",
            description = "q (1-100 characters) matches ignoring case; best first: a contact's exact email or a"
                    + " company's exact domain (score 400), a name or title that starts with q (300), a later word that does (200), then any"
                    + " that contain it (100). limit 1-50 (default 10). A blank or too long q is 400.")
    SearchJson search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer limit) {
        SearchQuery query = SearchQuery.of(q, limit);
        return SearchJson.of(query.text(), crm.search().find(query));
    }
}
