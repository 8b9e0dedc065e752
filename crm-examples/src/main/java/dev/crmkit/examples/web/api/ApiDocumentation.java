package dev.crmkit.examples.web.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description at {@code /v3/api-docs} (browsable at {@code /docs}). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI crmkitApi() {
        return new OpenAPI().info(new Info()
                .title("crmkit example API")
                .version("v1")
                .description("Contacts, pipelines, deals, tasks and the assistant. JSON field names are snake_case;"
                        + " lists page with limit (1-500) and cursor (next_cursor of the previous page); PUT replaces,"
                        + " PATCH changes the fields sent (null clears); If-Match or a version field guards against"
                        + " lost updates (409); every error is application/problem+json (RFC 9457) with field errors."));
    }
}
