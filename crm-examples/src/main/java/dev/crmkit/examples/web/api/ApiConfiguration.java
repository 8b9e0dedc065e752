package dev.crmkit.examples.web.api;

import dev.crmkit.examples.web.guard.QueryParameterSource;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the API's own argument resolution into Spring MVC: a list operation's {@code PageRequest}
 * parameter ({@link PageRequestResolver}), whose query parameters the unknown-parameter guard then
 * accepts too.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    private final PageRequestResolver pageRequests = new PageRequestResolver();
    private final CustomFieldParams.Resolver customFieldParams = new CustomFieldParams.Resolver();

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pageRequests);
        resolvers.add(customFieldParams);
    }

    @Bean
    QueryParameterSource pageRequestParameters() {
        return pageRequests;
    }

    @Bean
    QueryParameterSource customFieldParameters() {
        return customFieldParams;
    }
}
