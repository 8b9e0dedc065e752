package dev.crmkit.examples.web.guard;

import dev.crmkit.examples.web.problem.ApiValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an API operation does not declare with 400 naming each of them, so a
 * typo such as {@code ?pipelineId=3} is reported instead of silently listing every deal. The
 * declared names are the operation's {@link RequestParam}s and what a {@link QueryParameterSource}
 * names for its other parameters, read once per handler method. A parameter given twice is refused
 * too ({@code ?q=ada&q=grace}, {@code ?sort=id&sort=-id}): Spring would join the values with a comma
 * and the request would mean neither; only a collection parameter ({@code tag}) and a name pattern
 * ({@code cf.*}) take several. Thread-safe.
 */
final class QueryParameterInterceptor implements HandlerInterceptor {

    /** An operation's query parameters, and those of them that may be given more than once. */
    private record Declared(Set<String> names, Set<String> repeatable) {}

    private final Map<HandlerMethod, Declared> declared = new ConcurrentHashMap<>();
    private final List<QueryParameterSource> sources;

    QueryParameterInterceptor(List<QueryParameterSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Declared operation = declared.computeIfAbsent(method, this::declared);
        Set<String> allowed = operation.names();
        Map<String, String> errors = new LinkedHashMap<>();
        // RequestGuardFilter has already refused a query string that does not parse.
        QueryString query = QueryString.parse(request.getQueryString());
        for (String name : query.names()) {
            boolean pattern = matchesPrefix(allowed, name);
            long times = query.parameters().stream()
                    .filter(parameter -> parameter.name().equals(name))
                    .count();
            if (!allowed.contains(name) && !pattern) {
                errors.put(
                        name,
                        allowed.isEmpty()
                                ? "is not a parameter of this operation, which takes none"
                                : "is not a parameter of this operation; the parameters are "
                                        + String.join(", ", allowed));
            } else if (times > 1 && !pattern && !operation.repeatable().contains(name)) {
                errors.put(name, "is given " + times + " times; give it once");
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
        return true;
    }

    /** A declared name ending in {@code *} (such as {@code cf.*}) accepts every name it begins. */
    private static boolean matchesPrefix(Set<String> allowed, String name) {
        for (String declared : allowed) {
            if (declared.endsWith("*") && name.startsWith(declared.substring(0, declared.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private Declared declared(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        Set<String> repeatable = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null) {
                    names.add(name);
                    Class<?> type = parameter.getParameterType();
                    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
                        repeatable.add(name);
                    }
                }
            }
            sources.forEach(source -> names.addAll(source.names(parameter)));
        }
        return new Declared(Collections.unmodifiableSet(names), Collections.unmodifiableSet(repeatable));
    }
}
