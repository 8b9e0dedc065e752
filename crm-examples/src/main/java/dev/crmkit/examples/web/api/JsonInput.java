package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.FieldNames;
import dev.crmkit.examples.web.guard.ControlCharacters;
import dev.crmkit.examples.web.problem.ApiValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request body into crm-core's {@link Patch} values, collecting every
 * type error as a field error instead of failing on the first.
 *
 * <p>How a field maps to a patch depends on the {@link Mode}: a field that is absent means "clear"
 * for a create or a PUT (full replacement) and "unchanged" for a PATCH; an explicit {@code null}
 * always means "clear"; a value means "set". Fields the API does not know are refused, so a typo
 * such as {@code firstName} never silently does nothing; read-only fields ({@code id},
 * timestamps, ...) may be sent back as they were read and are ignored.
 *
 * <p>crm-core's rule violations name its Java fields; an error names the body's field instead: the
 * snake_case of the Java name ({@code firstName} → {@code first_name}), or, where a resource spells
 * a field otherwise ({@code duration} travels as {@code duration_seconds}), the name it declares.
 */
final class JsonInput {

    /** How an absent field is read. */
    enum Mode {
        /** POST and PUT: an absent field is empty. */
        FULL,
        /** PATCH: an absent field stays as it is. */
        PARTIAL
    }

    private final JsonNode body;
    private final Mode mode;
    private final Map<String, String> bodyNames;
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** Each array read with elements left out (they were refused): the index in the body of each element kept. */
    private final Map<String, List<Integer>> partialArrays = new LinkedHashMap<>();

    private JsonInput(JsonNode body, Mode mode, Map<String, String> bodyNames) {
        this.body = body;
        this.mode = mode;
        this.bodyNames = Map.copyOf(bodyNames);
    }

    /**
     * @param writable the fields a client may set
     * @param readOnly fields of the resource a client may send back unchanged; ignored
     * @throws ValidationException when the body is not an object or names unknown fields
     */
    static JsonInput of(JsonNode body, Mode mode, Set<String> writable, Set<String> readOnly) {
        return of(body, mode, writable, readOnly, Map.of());
    }

    /**
     * @param writable the fields a client may set
     * @param readOnly fields of the resource a client may send back unchanged; ignored
     * @param bodyNames crm-core's name of each field the body spells other than in snake_case
     *     ({@code duration} → {@code duration_seconds}), so that its errors name the body's field
     * @throws ValidationException when the body is not an object or names unknown fields
     */
    static JsonInput of(
            JsonNode body, Mode mode, Set<String> writable, Set<String> readOnly, Map<String, String> bodyNames) {
        if (!body.isObject()) {
            throw new ValidationException("body", "must be a JSON object");
        }
        JsonInput input = new JsonInput(body, mode, bodyNames);
        for (String name : body.propertyNames()) {
            if (!writable.contains(name) && !readOnly.contains(name)) {
                input.errors.put(
                        name,
                        "is not a field of this resource; the fields are "
                                + String.join(", ", new TreeSet<>(writable)));
            }
        }
        return input;
    }

    Patch<String> text(String name) {
        return read(
                name,
                node -> !node.isString()
                        ? fail(name, "must be a string")
                        : ControlCharacters.anyIn(node.asString())
                                ? fail(
                                        name,
                                        "must not contain control characters other than tab, newline and carriage return")
                                : node.asString());
    }

    Patch<Long> id(String name) {
        return read(
                name,
                node -> node.isIntegralNumber() && node.canConvertToLong() && node.asLong() > 0
                        ? node.asLong()
                        : fail(name, "must be an id: a positive whole number"));
    }

    Patch<Integer> integer(String name) {
        return read(
                name,
                node -> node.isIntegralNumber() && node.canConvertToInt()
                        ? node.asInt()
                        : fail(
                                name,
                                node.isIntegralNumber()
                                        // A whole number all the same: "must be a whole number" would send the client
                                        // looking for a decimal point it did not send.
                                        ? "must be a whole number between " + Integer.MIN_VALUE + " and "
                                                + Integer.MAX_VALUE
                                        : "must be a whole number"));
    }

    /** A decimal given as a JSON number or a decimal string ({@code "1250.00"}), never rounded. */
    Patch<BigDecimal> decimal(String name) {
        return read(name, node -> {
            BigDecimal value = null;
            // The app reads floats as BigDecimal; a double only arrives from a differently configured
            // mapper, and then an infinite one has no decimal value. Only a number may be asked for
            // its double: Jackson 3 throws on a string that is not one.
            if (node.isNumber()
                    && (node.isBigDecimal() || node.isIntegralNumber() || Double.isFinite(node.asDouble()))) {
                value = node.decimalValue();
            } else if (node.isString()) {
                try {
                    value = new BigDecimal(node.asString().strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            if (value == null) {
                return fail(name, "must be a decimal number such as 1250.00");
            }
            return Ranges.amountFits(value) ? value : fail(name, Ranges.AMOUNT_RULE);
        });
    }

    /** An ISO date, {@code 2026-03-31}. */
    Patch<LocalDate> date(String name) {
        return read(name, node -> {
            if (node.isString()) {
                try {
                    LocalDate date = LocalDate.parse(node.asString().strip());
                    return Ranges.dateFits(date) ? date : fail(name, Ranges.DATE_RULE);
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            return fail(name, "must be a date such as 2026-03-31");
        });
    }

    Patch<Boolean> bool(String name) {
        return read(name, node -> node.isBoolean() ? node.asBoolean() : fail(name, "must be true or false"));
    }

    /** A string key turned into a value by {@code fromKey}, whose {@link ValidationException} becomes this field's error. */
    <E> Patch<E> key(String name, Function<String, E> fromKey) {
        return read(name, node -> {
            if (!node.isString()) {
                return fail(name, "must be a string");
            }
            try {
                return fromKey.apply(node.asString());
            } catch (ValidationException e) {
                return fail(name, e.errors().values().iterator().next());
            }
        });
    }

    /** An instant such as {@code 2026-03-31T09:30:00Z}, within what every database holds. */
    Patch<java.time.Instant> instant(String name) {
        return read(name, node -> {
            if (node.isString()) {
                try {
                    java.time.Instant instant =
                            java.time.Instant.parse(node.asString().strip());
                    if (dev.crmkit.core.kernel.StorageLimits.isStorable(instant)) {
                        return instant;
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    // reported below
                }
            }
            return fail(name, "must be an instant such as 2026-03-31T09:30:00Z, between years 1 and 9999");
        });
    }

    /** An array of strings; an element that is not one is named by its index ({@code options[1]}). */
    Patch<List<String>> strings(String name) {
        return read(name, node -> {
            if (!node.isArray()) {
                return fail(name, "must be an array");
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                if (element.isString()) {
                    values.add(element.asString());
                } else {
                    fail(name + "[" + i + "]", "must be a string");
                }
            }
            return values;
        });
    }

    /** An array whose elements are objects, each read by {@code element} with its own index in error names. */
    <E> Patch<List<E>> objects(String name, Function<JsonNode, E> element) {
        return read(name, node -> {
            if (!node.isArray()) {
                return fail(name, "must be an array");
            }
            List<E> values = new ArrayList<>();
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                try {
                    values.add(element.apply(node.get(i)));
                    kept.add(i);
                } catch (ValidationException e) {
                    String prefix = name + "[" + i + "].";
                    e.errors().forEach((field, message) -> errors.putIfAbsent(prefix + field, message));
                }
            }
            if (kept.size() < node.size()) {
                partialArrays.put(name, kept);
            }
            return values;
        });
    }

    /** The {@code version} the client read, if it sent one. */
    @Nullable
    Long version() {
        JsonNode node = body.get("version");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            errors.putIfAbsent("version", "must be the version number the resource was read at");
            return null;
        }
        return node.asLong();
    }

    /** A create command's value: absent and {@code null} are both absent. */
    static <T> @Nullable T value(Patch<T> patch) {
        return patch.applyTo(null);
    }

    /**
     * Builds a command from the values read, merging the command's own rule violations (named as
     * the body names them) after the type errors already collected, so the client sees every
     * problem at once.
     */
    <T> T build(Supplier<T> command) {
        try {
            T built = command.get();
            throwIfAny();
            return built;
        } catch (ApiValidationException e) {
            throw e;
        } catch (ValidationException e) {
            e.errors().forEach((field, message) -> {
                String named = inBody(bodyNames.getOrDefault(field, FieldNames.snake(field)));
                if (named != null) {
                    errors.putIfAbsent(named, message);
                }
            });
            throw new ApiValidationException(errors);
        }
    }

    /**
     * A command's error field as the body names it. The command saw an array without the elements refused
     * already, so its {@code stages[1].key} is the body's {@code stages[2].key} when {@code stages[0]} was
     * refused, and what it says of the array as a whole ("must not be empty") is not about the array the
     * client sent: null, left out.
     */
    private @Nullable String inBody(String field) {
        for (Map.Entry<String, List<Integer>> array : partialArrays.entrySet()) {
            String name = array.getKey();
            if (field.equals(name)) {
                return null;
            }
            if (field.startsWith(name + "[")) {
                int close = field.indexOf(']', name.length());
                try {
                    int index = Integer.parseInt(field.substring(name.length() + 1, close));
                    return name + "[" + array.getValue().get(index) + field.substring(close);
                } catch (RuntimeException e) {
                    return field;
                }
            }
        }
        return field;
    }

    /** Throws every error collected so far, in field order. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ApiValidationException(errors);
        }
    }

    private <T> Patch<T> read(String name, Function<JsonNode, @Nullable T> reader) {
        JsonNode node = body.get(name);
        if (node == null) {
            return mode == Mode.FULL ? Patch.clear() : Patch.unchanged();
        }
        if (node.isNull()) {
            return Patch.clear();
        }
        T value = reader.apply(node);
        return value == null ? Patch.unchanged() : Patch.set(value);
    }

    private <T> @Nullable T fail(String name, String message) {
        errors.putIfAbsent(name, message);
        return null;
    }
}
