package dev.crmkit.examples;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns crm-core's Java field names ({@code firstName}, {@code stages[2].probability}) into the
 * API's snake_case ({@code first_name}), so an error names the field the client actually sent.
 */
public final class FieldNames {

    private FieldNames() {}

    /** {@code pipelineId} → {@code pipeline_id}; paths and indexes are kept. */
    public static String snake(String javaName) {
        StringBuilder snake = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    /** Every key of {@code errors} in snake_case, order kept. */
    public static Map<String, String> snake(Map<String, String> errors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        errors.forEach((field, message) -> renamed.putIfAbsent(snake(field), message));
        return renamed;
    }
}
