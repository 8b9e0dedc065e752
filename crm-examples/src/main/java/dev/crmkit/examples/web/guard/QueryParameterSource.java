package dev.crmkit.examples.web.guard;

import java.util.Set;
import org.springframework.core.MethodParameter;

/**
 * Names the query parameters a handler method's parameter reads other than through its own
 * {@code @RequestParam}, e.g. through an argument resolver, so that {@link QueryParameterInterceptor}
 * accepts them. Beans of this type are picked up by the guard configuration. Implementations are
 * stateless and thread-safe.
 */
public interface QueryParameterSource {

    /**
     * @param parameter a parameter of an API handler method
     * @return the query parameter names it reads; empty when it reads none through this source
     */
    Set<String> names(MethodParameter parameter);
}
