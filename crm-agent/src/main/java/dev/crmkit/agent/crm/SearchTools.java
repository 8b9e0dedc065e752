package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.CheckedArguments;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.search.SearchHit;
import dev.crmkit.core.search.SearchQuery;
import dev.crmkit.core.service.SearchService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one search over contacts, companies and deals: how a model finds a record it knows only by a
 * name, an email, a company, a domain or a deal title before it gets, updates or links it. Thread-safe.
 */
record SearchTools(SearchService search) {

    /**
     * One record found, best first.
     *
     * @param kind {@code contact}, {@code company} or {@code deal}: the tool to call next is {@code get_<kind>}
     * @param id the record's id
     * @param title a contact's full name, a deal's title, a company's name
     * @param subtitle a contact's email and company, a deal's value and stage, a company's domain
     */
    public record HitView(String kind, long id, String title, String subtitle) {

        static HitView of(SearchHit hit) {
            return new HitView(hit.kind().key(), hit.id(), hit.title(), hit.subtitle());
        }
    }

    /**
     * The parameters of {@code search}.
     *
     * @param text what to look for
     * @param limit how many hits; null for the default
     */
    record Query(
            @P("what to look for, e.g. a name, an email or part of a deal title") @MaxLength(SearchQuery.TEXT_MAX)
            String text,

            @P("how many, 1 to " + SearchQuery.LIMIT_MAX + ", default " + SearchQuery.DEFAULT_LIMIT) @Nullable
            Long limit)
            implements CheckedArguments<Object> {

        /** @throws ValidationException as {@link #query} */
        @Override
        public void check(Object tools) {
            query();
        }

        /**
         * @return the query
         * @throws ValidationException on a blank text and a limit out of range, each named as the tool names it
         */
        SearchQuery query() {
            boolean limitInRange = limit == null || (limit >= 1 && limit <= SearchQuery.LIMIT_MAX);
            FieldErrors errors = new FieldErrors();
            SearchQuery query = null;
            try {
                query = SearchQuery.of(text, limit == null || !limitInRange ? null : limit.intValue());
            } catch (ValidationException e) {
                // crm-core names the text q, as the REST API does; the model wrote text.
                e.errors().forEach((field, message) -> errors.add(field.equals("q") ? "text" : field, message));
            }
            errors.check(limitInRange, "limit", "must be between 1 and " + SearchQuery.LIMIT_MAX);
            errors.throwIfAny();
            return Objects.requireNonNull(query);
        }
    }

    @Tool(
            name = "search",
            value = "Find contacts, companies and deals by name, email, domain or deal title, best match first. "
                    + "Example: {\"text\": \"ada\"}")
    List<HitView> search(Query query) {
        return search.find(query.query()).stream().map(HitView::of).toList();
    }
}
