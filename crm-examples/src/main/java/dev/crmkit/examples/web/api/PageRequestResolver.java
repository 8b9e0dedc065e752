package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortField;
import dev.crmkit.examples.web.guard.QueryParameterSource;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a list operation's {@code PageRequest<S>} parameter from the query parameters every list
 * of the API shares: {@code sort} (a key of the sort enum {@code S}, {@code -} for descending;
 * default {@code id} ascending), {@code limit} (default 50), {@code cursor} and {@code total}
 * (default false). The sort enum is read from the parameter's type argument, so a controller
 * declares {@code PageRequest<ContactSort> page} and nothing else.
 *
 * <p>The four parameters are converted exactly as a {@code @RequestParam} is (they are declared on
 * {@link #template}), so a wrong type is the same 400 naming the parameter; a bad sort, limit or
 * cursor is a {@link ValidationException} naming it. Stateless and thread-safe.
 */
final class PageRequestResolver implements HandlerMethodArgumentResolver, QueryParameterSource {

    /** The parameter names, in the order the OpenAPI description lists them. */
    static final List<String> NAMES = List.of("sort", "limit", "cursor", "total");

    private static final List<MethodParameter> PARAMETERS = templateParameters();

    private final RequestParamMethodArgumentResolver requestParams =
            new RequestParamMethodArgumentResolver(null, false);

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public Set<String> names(MethodParameter parameter) {
        return supportsParameter(parameter) ? new LinkedHashSet<>(NAMES) : Set.of();
    }

    @Override
    @SuppressWarnings("unchecked") // sortType checked that the type argument is a sort enum
    public PageRequest<?> resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            @Nullable WebDataBinderFactory binderFactory)
            throws Exception {
        Object[] values = new Object[PARAMETERS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = requestParams.resolveArgument(PARAMETERS.get(i), mavContainer, webRequest, binderFactory);
        }
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
            @RequestParam(name = "limit", defaultValue = "50") int limit,
            @RequestParam(name = "cursor", required = false) @Nullable String cursor,
            @RequestParam(name = "total", defaultValue = "false") boolean total) {}

    private static List<MethodParameter> templateParameters() {
        Method template = Arrays.stream(PageRequestResolver.class.getDeclaredMethods())
                .filter(method -> method.getName().equals("template"))
                .findFirst()
                .orElseThrow();
        return IntStream.range(0, template.getParameterCount())
                .mapToObj(index -> new MethodParameter(template, index))
                .toList();
    }
}
