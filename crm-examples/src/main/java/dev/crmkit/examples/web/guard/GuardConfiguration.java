package dev.crmkit.examples.web.guard;

import dev.crmkit.examples.web.problem.ProblemHtmlConverter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;

/**
 * Wires the guards into Spring MVC: unknown query parameters refused on the API, problems shown to
 * browsers as an HTML page, and JSON objects with a key twice refused (otherwise the last one
 * silently wins, and two readers of one body may disagree on what it says).
 */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration implements WebMvcConfigurer {

    private final List<QueryParameterSource> querySources;

    GuardConfiguration(ObjectProvider<QueryParameterSource> querySources) {
        this.querySources = querySources.orderedStream().toList();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueryParameterInterceptor(querySources)).addPathPatterns("/api/**");
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        // Last, so that JSON stays the answer to */* and to a missing Accept header.
        builder.configureMessageConvertersList(converters -> converters.add(new ProblemHtmlConverter()));
    }

    @Bean
    JsonMapperBuilderCustomizer strictDuplicateKeys() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
