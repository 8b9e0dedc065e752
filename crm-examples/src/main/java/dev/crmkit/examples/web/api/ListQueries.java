package dev.crmkit.examples.web.api;

import dev.crmkit.core.customfield.CustomFieldRules;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.FieldNames;
import dev.crmkit.examples.web.problem.ApiValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Builds a crm-core list query from a list endpoint's parameters, so that a refused value names the
 * parameter the client sent: crm-core's {@code text} is the address's {@code q}, its {@code tags}
 * the repeatable {@code tag}, its {@code customFields.<key>} a {@code cf.<key>} filter, and the rest
 * are snake_case. Stateless.
 */
final class ListQueries {

    private static final Map<String, String> PARAMETERS = Map.of("text", "q", "tags", "tag");

    private static final String CUSTOM_FIELD = CustomFieldRules.FIELD + ".";

    private ListQueries() {}

    /** The query {@code build} makes; its {@link ValidationException} rethrown with the address's names. */
    static <Q> Q build(Supplier<Q> build) {
        return renamingErrors(build, field -> PARAMETERS.getOrDefault(field, FieldNames.snake(field)));
    }

    /**
     * The page {@code find} returns; a custom field filter crm-core refused ({@code customFields.<key>}, checked
     * against the definitions only here) is named by the parameter the client sent, {@code cf.<key>}.
     */
    static <P> P find(CustomFieldParams customFields, Supplier<P> find) {
        return renamingErrors(
                find,
                field -> field.startsWith(CUSTOM_FIELD)
                        ? customFields.parameter(field.substring(CUSTOM_FIELD.length()))
                        : PARAMETERS.getOrDefault(field, FieldNames.snake(field)));
    }

    /**
     * The value {@code build} makes; its {@link ValidationException} rethrown with each field that
     * {@code names} maps renamed to the parameter the client sent, the rest in snake_case.
     */
    static <Q> Q build(Map<String, String> names, Supplier<Q> build) {
        return renamingErrors(build, field -> names.getOrDefault(field, FieldNames.snake(field)));
    }

    private static <T> T renamingErrors(Supplier<T> action, UnaryOperator<String> parameter) {
        try {
            return action.get();
        } catch (ApiValidationException e) {
            throw e;
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach((field, message) -> errors.putIfAbsent(parameter.apply(field), message));
            throw new ApiValidationException(errors);
        }
    }
}
