package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.web.problem.ApiValidationException;
import dev.crmkit.examples.web.problem.FieldNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds a crm-core list query from a list endpoint's parameters, so that a refused value names the
 * parameter the client sent: crm-core's {@code text} is the address's {@code q}, its {@code tags}
 * the repeatable {@code tag}, and the rest are snake_case. Stateless.
 */
final class ListQueries {

    private static final Map<String, String> PARAMETERS = Map.of("text", "q", "tags", "tag");

    private ListQueries() {}

    /** The query {@code build} makes; its {@link ValidationException} rethrown with the address's names. */
    static <Q> Q build(Supplier<Q> build) {
        try {
            return build.get();
        } catch (ApiValidationException e) {
            throw e;
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors()
                    .forEach((field, message) ->
                            errors.putIfAbsent(PARAMETERS.getOrDefault(field, FieldNames.snake(field)), message));
            throw new ApiValidationException(errors);
        }
    }
}
