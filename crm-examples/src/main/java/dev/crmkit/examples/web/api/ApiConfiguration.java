package dev.crmkit.examples.web.api;

import dev.crmkit.examples.web.guard.QueryParameterSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Wires the API's own request mapping and argument resolution into Spring MVC: each resource's CRUD
 * operations at the address its plural names ({@link CrudPaths}), a list operation's {@code PageRequest}
 * parameter ({@link PageRequestResolver}), a duplicate list's {@code DuplicateQuery}
 * ({@link DuplicateQueryResolver}) and the custom field filters, whose query parameters the
 * unknown-parameter guard then accepts too.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    /**
     * The parameters that stand for a group of query parameters: a list's page, a feed's page (a
     * timeline, a history), a duplicate list's query.
     */
    static final List<QueryParameterGroup<?>> PARAMETER_GROUPS =
            List.of(new PageRequestResolver(), new FeedPage.Resolver(), new DuplicateQueryResolver());

    private final CustomFieldParams.Resolver customFieldParams = new CustomFieldParams.Resolver();

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.addAll(PARAMETER_GROUPS);
        resolvers.add(customFieldParams);
    }

    @Bean
    WebMvcRegistrations crudPaths() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new CrudPaths();
            }
        };
    }

    @Bean
    QueryParameterSource parameterGroupParameters() {
        return parameter -> {
            Set<String> names = new LinkedHashSet<>();
            PARAMETER_GROUPS.forEach(group -> names.addAll(group.names(parameter)));
            return names;
        };
    }

    @Bean
    QueryParameterSource customFieldParameters() {
        return customFieldParams;
    }
}
