package dev.crmkit.core.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The input breaks one or more rules. {@link #errors()} maps each offending field (the Java
 * property name, e.g. {@code firstName}, or a path such as {@code stages[2].probability}) to a
 * short message naming the rule, e.g. {@code "must not be blank"}.
 */
public class ValidationException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** Field → message, in the order the rules were checked. */
    private final Map<String, String> errors;

    /**
     * @param errors field → message, at least one entry; iteration order is kept
     */
    public ValidationException(Map<String, String> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one field error");
        }
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /**
     * Creates the exception.
     *
     * @param field the field the error is reported on
     * @param message what went wrong, for a person to read
     */
    public ValidationException(String field, String message) {
        this(Map.of(field, message));
    }

    /** {@return field → message, in the order the rules were checked} */
    public Map<String, String> errors() {
        return errors;
    }

    /**
     * The same errors with every field name prefixed, for a value validated on its own and then
     * reported as part of a larger input: {@code e.prefixed("stages[2].")}.
     *
     * @param prefix put before each field name of the check's errors
     * @return a copy of this exception with the change
     */
    public ValidationException prefixed(String prefix) {
        Map<String, String> renamed = new LinkedHashMap<>();
        errors.forEach((field, message) -> renamed.put(prefix + field, message));
        return new ValidationException(renamed);
    }

    private static String describe(Map<String, String> errors) {
        return errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ", "invalid input: ", ""));
    }
}
