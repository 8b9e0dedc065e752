package dev.crmkit.examples.web.api;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.examples.web.guard.QueryParameterSource;
import dev.crmkit.examples.web.problem.ApiValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The custom field filters of a list operation, from its query parameters: {@code cf.<key>=value}
 * (equality; for a multiple choice, "has this option"; repeatable, every one must match), {@code
 * cf.<key>.min=} and {@code cf.<key>.max=} (inclusive range, numbers and dates). crm-core checks
 * keys and values against the definitions; its errors are named by these parameters ({@link
 * ListQueries#find}).
 *
 * @param filters the filters, in the order of the query string
 */
public record CustomFieldParams(List<CustomFieldFilter> filters) {

    /** What a list operation's description says of them ({@link OperationDocs}), without a final period. */
    static final String DOCS = "cf.<key>=value (repeatable) keeps records whose custom field equals the value"
            + " (for a multiple choice: has that option), cf.<key>.min= and cf.<key>.max= bound a number or date"
            + " field, inclusive";

    /** The query parameter prefix. */
    static final String PREFIX = "cf.";

    /**
     * The query parameter that gave the filters on {@code key}: {@code cf.<key>}, {@code cf.<key>.min} or {@code
     * cf.<key>.max}; {@code cf.<key>} when several of them did.
     */
    String parameter(String key) {
        Set<CustomFieldFilter.Op> ops = filters.stream()
                .filter(filter -> filter.key().equals(key))
                .map(CustomFieldFilter::op)
                .collect(Collectors.toSet());
        String parameter = PREFIX + key;
        if (ops.size() != 1) {
            return parameter;
        }
        return switch (ops.iterator().next()) {
            case EQ -> parameter;
            case MIN -> parameter + ".min";
            case MAX -> parameter + ".max";
        };
    }

    /** Resolves a {@code CustomFieldParams} parameter, and names its parameters ({@code cf.*}) for the guard. */
    static final class Resolver implements HandlerMethodArgumentResolver, QueryParameterSource {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == CustomFieldParams.class;
        }

        @Override
        public Set<String> names(MethodParameter parameter) {
            return supportsParameter(parameter) ? Set.of(PREFIX + "*") : Set.of();
        }

        @Override
        public CustomFieldParams resolveArgument(
                MethodParameter parameter,
                @Nullable ModelAndViewContainer mavContainer,
                NativeWebRequest webRequest,
                @Nullable WebDataBinderFactory binderFactory) {
            List<CustomFieldFilter> filters = new ArrayList<>();
            for (Map.Entry<String, String[]> entry :
                    webRequest.getParameterMap().entrySet()) {
                String name = entry.getKey();
                if (!name.startsWith(PREFIX)) {
                    continue;
                }
                String[] parts = name.substring(PREFIX.length()).split("\\.", -1);
                if (parts[0].isEmpty() || parts.length > 2 || (parts.length == 2 && !isBound(parts[1]))) {
                    throw new ApiValidationException(Map.of(name, "must be cf.<key>, cf.<key>.min or cf.<key>.max"));
                }
                for (String value : entry.getValue()) {
                    filters.add(
                            parts.length == 1
                                    ? CustomFieldFilter.equalTo(parts[0], value)
                                    : parts[1].equals("min")
                                            ? CustomFieldFilter.atLeast(parts[0], value)
                                            : CustomFieldFilter.atMost(parts[0], value));
                }
            }
            return new CustomFieldParams(filters);
        }

        private static boolean isBound(String suffix) {
            return suffix.equals("min") || suffix.equals("max");
        }
    }
}
