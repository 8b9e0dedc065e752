package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortField;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Resolves a list operation's {@code PageRequest<S>} parameter from the query parameters every list
 * of the API shares: {@code sort} (a key of the sort enum {@code S}, {@code -} for descending;
 * default {@code id} ascending), {@code limit} (default 50), {@code cursor} and {@code total}
 * (default false). The sort enum is read from the parameter's type argument, so a controller
 * declares {@code PageRequest<ContactSort> page} and nothing else.
 *
 * <p>The four parameters are converted exactly as a {@code @RequestParam} is (they are declared on
 * {@link #template}, see {@link QueryParameterGroup}), so a wrong type is the same 400 naming the
 * parameter; a bad sort, limit or cursor is a {@link ValidationException} naming it. Stateless and
 * thread-safe.
 */
final class PageRequestResolver extends QueryParameterGroup<PageRequest<?>> {

    PageRequestResolver() {
        super(PageRequest.class);
    }

    @Override
    @SuppressWarnings("unchecked") // sortType checked that the type argument is a sort enum
    PageRequest<?> resolve(MethodParameter parameter, @Nullable Object[] values) {
        return request(
                sortType(parameter), (String) values[0], (Integer) values[1], (String) values[2], (Boolean) values[3]);
    }

    private static <S extends Enum<S> & SortField<?>> PageRequest<S> request(
            Class<S> type, @Nullable String sort, int limit, @Nullable String cursor, boolean total) {
        S byId = Arrays.stream(type.getEnumConstants())
                .filter(field -> field.key().equals("id"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getName() + " has no id sort"));
        SortParam<S> order = SortParam.parse(sort, type, byId);
        return new PageRequest<>(order.field(), order.direction(), limit, cursor, total);
    }

    /** The sort keys of the parameter's sort enum, and the limit's range and default and what the cursor is. */
    @Override
    @SuppressWarnings("unchecked") // sortType checked that the type argument is a sort enum
    List<String> description(MethodParameter parameter) {
        return List.of(
                "sort is one of " + SortParam.keys(sortType(parameter)) + ", '-' for descending",
                "limit " + PageRequest.MIN_LIMIT + "-" + PageRequest.MAX_LIMIT + " (default "
                        + PageRequest.DEFAULT_LIMIT + "); cursor is next_cursor of the previous page");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class sortType(MethodParameter parameter) {
        Class<?> type =
                ResolvableType.forMethodParameter(parameter).getGeneric(0).resolve();
        if (type == null || !type.isEnum() || !SortField.class.isAssignableFrom(type)) {
            throw new IllegalStateException(parameter + " must name its sort enum: PageRequest<ContactSort>");
        }
        return type;
    }

    /** Declares the four parameters once, as a controller used to; never called. */
    @SuppressWarnings("unused")
    private static void template(
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            @RequestParam(name = "limit", defaultValue = "" + PageRequest.DEFAULT_LIMIT) int limit,
            @RequestParam(name = "cursor", required = false) @Nullable String cursor,
            @RequestParam(name = "total", defaultValue = "false") boolean total) {}
}
