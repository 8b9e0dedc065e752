package dev.crmkit.examples.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} (browsable at {@code /docs}): title, summary,
 * the two ways to authenticate (HTTP Basic or a bearer API token, either one), and the
 * texts and page parameters of {@link OperationDocs}, and the post-processing by {@link ApiSchemas}
 * and {@link ApiOperations} that makes it exact enough for a
 * client generator. The build lints the served description with an independent linter.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI crmkitApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("crmkit example API")
                                .version("v1")
                                .license(new License()
                                        .name("Apache-2.0")
                                        .url("https://www.apache.org/licenses/LICENSE-2.0"))
                                .description(
                                        "Contacts, pipelines, deals, tasks and the assistant. JSON field names are snake_case;"
                                                + " lists page with limit (1-500) and cursor (next_cursor of the previous page); PUT replaces,"
                                                + " PATCH changes the fields sent (null clears); If-Match or a version field guards against"
                                                + " lost updates (409); every error is application/problem+json (RFC 9457) with field errors."))
                // Relative: the API is wherever this description was fetched from.
                .servers(List.of(new Server().url("/").description("this server")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basicAuth",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("a user's name and password"))
                        .addSecuritySchemes(
                                "bearerAuth",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("an API token created on the tokens page or by `crm token`")))
                .addSecurityItem(new SecurityRequirement().addList("basicAuth"))
                .addSecurityItem(new SecurityRequirement().addList("bearerAuth"));
    }

    @Bean
    OperationCustomizer inheritedOperations() {
        // A parameter group (PageRequest, FeedPage, DuplicateQuery) is not one parameter a client sends:
        // OperationDocs lists the query parameters it stands for.
        ApiConfiguration.PARAMETER_GROUPS.forEach(
                group -> SpringDocUtils.getConfig().addRequestWrapperToIgnore(group.type()));
        // Custom field filters are named by the fields a host defines: the list descriptions name the pattern.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CustomFieldParams.class);
        return OperationDocs::customize;
    }

    @Bean
    OpenApiCustomizer exactDescription() {
        return api -> {
            ApiSchemas.apply(api);
            ApiOperations.apply(api);
        };
    }
}
