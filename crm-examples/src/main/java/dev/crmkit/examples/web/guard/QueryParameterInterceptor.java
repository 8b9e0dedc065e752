package dev.crmkit.examples.web.guard;

import dev.crmkit.examples.web.problem.ApiValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * names for its other parameters, read once per handler method. Thread-safe.
 */
final class QueryParameterInterceptor implements HandlerInterceptor {

    private final Map<HandlerMethod, Set<String>> declared = new ConcurrentHashMap<>();
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
        Set<String> allowed = declared.computeIfAbsent(method, this::names);
        Map<String, String> errors = new LinkedHashMap<>();
        // RequestGuardFilter has already refused a query string that does not parse.
        for (String name : QueryString.parse(request.getQueryString()).names()) {
            if (!allowed.contains(name) && !matchesPrefix(allowed, name)) {
                errors.put(
                        name,
                        allowed.isEmpty()
                                ? "is not a parameter of this operation, which takes none"
                                : "is not a parameter of this operation; the parameters are "
                                        + String.join(", ", allowed));
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

    private Set<String> names(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null) {
                    names.add(name);
                }
            }
            sources.forEach(source -> names.addAll(source.names(parameter)));
        }
        return Collections.unmodifiableSet(names);
    }
}
