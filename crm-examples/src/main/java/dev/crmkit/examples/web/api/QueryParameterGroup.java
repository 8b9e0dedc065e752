package dev.crmkit.examples.web.api;

import dev.crmkit.examples.web.guard.QueryParameterSource;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a handler parameter of type {@code T} from a group of query parameters that several
 * operations share, so that a controller declares {@code PageRequest<ContactSort> page} instead of
 * the same four {@code @RequestParam}s again. A subclass declares the group once as the
 * {@code @RequestParam}s of a private static method named {@code template} (never called) and builds
 * the value from them in {@link #resolve}.
 *
 * <p>Each parameter is converted exactly as a {@code @RequestParam} is, so a wrong type is the same
 * 400 naming the parameter; the group names its parameters for the unknown-parameter guard and
 * describes them for the OpenAPI description ({@link OperationDocs}). Stateless and thread-safe.
 *
 * @param <T> the type a handler parameter declares
 */
abstract class QueryParameterGroup<T> implements HandlerMethodArgumentResolver, QueryParameterSource {

    private final Class<?> type;
    private final List<MethodParameter> parameters;
    private final RequestParamMethodArgumentResolver requestParams =
            new RequestParamMethodArgumentResolver(null, false);

    /** @param type the type of the handler parameters this group resolves */
    QueryParameterGroup(Class<?> type) {
        this.type = type;
        Method template = Arrays.stream(getClass().getDeclaredMethods())
                .filter(method -> method.getName().equals("template"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(getClass() + " declares no template method"));
        this.parameters = IntStream.range(0, template.getParameterCount())
                .mapToObj(index -> new MethodParameter(template, index))
                .toList();
    }

    /**
     * {@return the handler parameter's value}
     *
     * @param parameter the handler parameter
     * @param values the template's parameters, converted, in its order
     */
    abstract T resolve(MethodParameter parameter, @Nullable Object[] values);

    /** {@return the type of the handler parameters this group resolves} */
    final Class<?> type() {
        return type;
    }

    @Override
    public final boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == type;
    }

    @Override
    public final Set<String> names(MethodParameter parameter) {
        Set<String> names = new LinkedHashSet<>();
        if (supportsParameter(parameter)) {
            parameters.forEach(template -> names.add(annotation(template).name()));
        }
        return names;
    }

    @Override
    public final T resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            @Nullable WebDataBinderFactory binderFactory)
            throws Exception {
        @Nullable Object[] values = new Object[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = requestParams.resolveArgument(parameters.get(i), mavContainer, webRequest, binderFactory);
        }
        return resolve(parameter, values);
    }

    /**
     * What a list operation's description says of the group's parameters: clauses without a final period; none
     * unless a subclass says otherwise.
     *
     * @param parameter the handler parameter this group resolves
     */
    List<String> description(MethodParameter parameter) {
        return List.of();
    }

    /** The group's query parameters as the OpenAPI description lists them, in the template's order. */
    final List<QueryParameter> documentation() {
        return parameters.stream().map(QueryParameterGroup::document).toList();
    }

    private static QueryParameter document(MethodParameter template) {
        RequestParam param = annotation(template);
        boolean defaulted = !ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
        Class<?> type = template.getParameterType();
        Schema<?> schema;
        if (type == int.class || type == Integer.class) {
            schema = defaulted
                    ? new IntegerSchema()._default(Integer.valueOf(param.defaultValue()))
                    : new IntegerSchema();
        } else if (type == boolean.class || type == Boolean.class) {
            schema = defaulted
                    ? new BooleanSchema()._default(Boolean.valueOf(param.defaultValue()))
                    : new BooleanSchema();
        } else {
            schema = new StringSchema();
        }
        QueryParameter parameter = new QueryParameter();
        parameter.name(param.name()).required(false).schema(schema);
        return parameter;
    }

    private static RequestParam annotation(MethodParameter template) {
        RequestParam param = template.getParameterAnnotation(RequestParam.class);
        if (param == null || param.name().isEmpty()) {
            throw new IllegalStateException(template + " must be a @RequestParam with a name");
        }
        return param;
    }
}
