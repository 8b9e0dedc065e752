package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchQuery;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** {@code /search}: the results of the search box every page has in its top bar. */
@Controller
record SearchPage(Crm crm) {

    /** Hits shown on the page. */
    static final int LIMIT = 25;

    /** A hit as the page shows it: with the address of the record's page. */
    record Result(SearchHit hit, String href) {}

    @GetMapping("/search")
    ModelAndView search(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("searchText", q == null ? "" : q);
        ModelAndView view = new ModelAndView("search", model.asMap());
        if (q == null || q.isBlank()) {
            view.addObject("results", List.of());
            view.addObject("searched", false);
            return view;
        }
        try {
            List<Result> results = crm.search().find(new SearchQuery(q, LIMIT)).stream()
                    .map(hit -> new Result(hit, href(hit)))
                    .toList();
            view.addObject("results", results);
            view.addObject("searched", true);
        } catch (ValidationException e) {
            view.addObject("results", List.of());
            view.addObject("searched", false);
            view.addObject(
                    "alert", "Search text: " + e.errors().values().iterator().next());
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        return view;
    }

    /** The record's own page. */
    private static String href(SearchHit hit) {
        return switch (hit.kind()) {
                    case CONTACT -> "/contacts/";
                    case COMPANY -> "/companies/";
                    case DEAL -> "/deals/";
                }
                + hit.id();
    }
}
