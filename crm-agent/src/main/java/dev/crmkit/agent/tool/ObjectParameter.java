package dev.crmkit.agent.tool;

import java.util.List;
import java.util.Objects;

/**
 * The schema of a {@link RuntimeSchema} parameter: a JSON object of named members. The dispatcher reads
 * such a parameter into a {@code Map<String, Object>} of strings, {@code BigDecimal}s, booleans and lists
 * of strings; it refuses members not in {@code keys} and other JSON values, naming the member
 * ({@code parameter.key}); the member's own rules (lengths, options) are the tool's to check. A member
 * written as {@code null} counts as not given, as for parameters.
 *
 * @param schemaJson the object's JSON schema, as a raw schema ({@link dev.crmkit.agent.schema.Schemas}
 *     lists the keywords a grammar can enforce); the parameter's description belongs inside it
 * @param keys the members the object may have, in the schema's order
 * @param required whether the tool needs the parameter
 */
public record ObjectParameter(String schemaJson, List<String> keys, boolean required) {

    /**
     * Copies the keys.
     *
     * @param schemaJson the object's JSON schema
     * @param keys the members the object may have
     * @param required whether the tool needs the parameter
     */
    public ObjectParameter {
        Objects.requireNonNull(schemaJson, "schemaJson");
        keys = List.copyOf(keys);
    }
}
