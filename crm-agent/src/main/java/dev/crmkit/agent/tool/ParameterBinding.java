package dev.crmkit.agent.tool;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.crmkit.core.kernel.Patch;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One parameter of a tool method, resolved once: its JSON name, schema and how to read its value
 * straight from the parser. Supported types are the JSON ones: {@code String}, {@code long},
 * {@code int}, {@code double}, {@code BigDecimal}, {@code boolean} (boxed when optional) and enums,
 * written as their lower-case constant names ({@code in_progress}). Anything richer (dates, money)
 * is a string the tool parses, so that its rule is reported like any other CRM rule. A record
 * parameter is not bound itself: {@link ToolMethod} binds its components.
 */
final class ParameterBinding {

    private enum Kind {
        STRING,
        LONG,
        INT,
        DOUBLE,
        DECIMAL,
        BOOLEAN,
        ENUM,
        OBJECT
    }

    final String name;
    final int index;
    final boolean required;
    /** A {@link RuntimeSchema} parameter without its schema: not offered, not accepted, always null. */
    final boolean hidden;

    private final Kind kind;
    private final int maxLength;
    private final @Nullable String description;
    private final Map<String, Object> constants;
    private final List<String> constantNames;
    private final @Nullable ObjectParameter object;

    private ParameterBinding(
            String name,
            int index,
            boolean required,
            Kind kind,
            int maxLength,
            @Nullable String description,
            Map<String, Object> constants,
            List<String> constantNames,
            @Nullable ObjectParameter object,
            boolean hidden) {
        this.name = name;
        this.index = index;
        this.required = required;
        this.hidden = hidden;
        this.object = object;
        this.kind = kind;
        this.maxLength = maxLength;
        this.description = description;
        this.constants = constants;
        this.constantNames = constantNames;
    }

    /**
     * Binds a parameter of the tool {@code owner} names (its method, {@code ContactTools.createContact}), or
     * a component of a record parameter (then {@code parameter} is the record's canonical constructor's,
     * which carries the component's annotations). {@code type} has
     * its type variables resolved; {@code reflectedName} is null when the name was not compiled in;
     * {@code runtime} holds the schemas of {@link RuntimeSchema} parameters by name.
     */
    static ParameterBinding of(
            String owner,
            Parameter parameter,
            Class<?> type,
            @Nullable String reflectedName,
            int index,
            Map<String, ObjectParameter> runtime) {
        P annotation = parameter.getAnnotation(P.class);
        String name = annotation != null && !annotation.name().isBlank() ? annotation.name() : reflectedName;
        if (name == null) {
            throw new IllegalArgumentException(where(owner, parameter.getName())
                    + " has no name: compile with -parameters or name it with @P(name = ...)");
        }
        String description = annotation == null || annotation.value().isBlank() ? null : annotation.value();
        boolean required = (annotation == null || annotation.required()) && !optional(parameter);
        if (type.isPrimitive() && !required) {
            throw new IllegalArgumentException(where(owner, name) + " is optional, so it must be a boxed type "
                    + "(Long, Integer, ...) that can be null");
        }
        RuntimeSchema dynamic = parameter.getAnnotation(RuntimeSchema.class);
        if (dynamic != null || type == Map.class) {
            if (dynamic == null || type != Map.class || required) {
                throw new IllegalArgumentException(where(owner, name) + ": a JSON object parameter is an optional "
                        + "Map<String, Object> annotated @RuntimeSchema");
            }
            ObjectParameter object = runtime.get(dynamic.value());
            return new ParameterBinding(
                    name,
                    index,
                    object != null && object.required(),
                    Kind.OBJECT,
                    -1,
                    description,
                    Map.of(),
                    List.of(),
                    object,
                    object == null);
        }
        MaxLength bound = maxLength(owner, parameter, name);
        if (bound != null && type != String.class) {
            throw new IllegalArgumentException(where(owner, name) + ": @MaxLength applies to String parameters only");
        }
        Kind kind = kindOf(type, owner, name);
        Map<String, Object> constants = new HashMap<>();
        List<String> constantNames = new ArrayList<>();
        if (kind == Kind.ENUM) {
            for (Object constant : type.getEnumConstants()) {
                String key = ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
                constants.put(key, constant);
                constantNames.add(key);
            }
        }
        return new ParameterBinding(
                name,
                index,
                required,
                kind,
                bound == null ? -1 : bound.value(),
                description,
                Map.copyOf(constants),
                List.copyOf(constantNames),
                null,
                false);
    }

    /**
     * @return the parameter's {@link MaxLength}, its own or that of the one annotation of the parameter
     *     that carries it; null when it has none
     * @throws IllegalArgumentException when it has more than one
     */
    static @Nullable MaxLength maxLength(String owner, Parameter parameter, @Nullable String name) {
        MaxLength found = parameter.getAnnotation(MaxLength.class);
        for (Annotation annotation : parameter.getAnnotations()) {
            MaxLength meta = annotation.annotationType().getAnnotation(MaxLength.class);
            if (meta != null && found != null) {
                throw new IllegalArgumentException(where(owner, String.valueOf(name)) + " has two @MaxLength bounds");
            }
            found = meta == null ? found : meta;
        }
        return found;
    }

    /**
     * A parameter whose type says it may be absent is optional without {@code @P(required = false)}:
     * one annotated JSpecify {@link Nullable} (the method can take a null), or a {@link Patch} (left
     * out, it is unchanged).
     */
    static boolean optional(Parameter parameter) {
        return parameter.getType() == Patch.class
                || parameter.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    /** The one parameter of an {@link IdTool}: a required {@code long} named {@code id}. */
    static ParameterBinding id(String description) {
        return new ParameterBinding("id", 0, true, Kind.LONG, -1, description, Map.of(), List.of(), null, false);
    }

    private static Kind kindOf(Class<?> type, String owner, String name) {
        if (type == String.class) {
            return Kind.STRING;
        }
        if (type == long.class || type == Long.class) {
            return Kind.LONG;
        }
        if (type == int.class || type == Integer.class) {
            return Kind.INT;
        }
        if (type == double.class || type == Double.class) {
            return Kind.DOUBLE;
        }
        if (type == BigDecimal.class) {
            return Kind.DECIMAL;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (type.isEnum()) {
            return Kind.ENUM;
        }
        throw new IllegalArgumentException(where(owner, name) + " has type " + type.getName() + "; tool parameters "
                + "are String, long, int, double, BigDecimal, boolean or an enum (parse richer values in the tool)");
    }

    static String where(String owner, String name) {
        return "parameter " + name + " of " + owner;
    }

    /** @return the parameter's JSON schema, description included */
    JsonSchemaElement schema() {
        return switch (kind) {
            case STRING ->
                maxLength < 0
                        ? JsonStringSchema.builder().description(description).build()
                        : JsonRawSchema.from(rawString());
            case LONG, INT ->
                JsonIntegerSchema.builder().description(description).build();
            case DOUBLE, DECIMAL ->
                JsonNumberSchema.builder().description(description).build();
            case BOOLEAN -> JsonBooleanSchema.builder().description(description).build();
            case ENUM ->
                JsonEnumSchema.builder()
                        .enumValues(constantNames)
                        .description(description)
                        .build();
            case OBJECT ->
                JsonRawSchema.from(Objects.requireNonNull(object, "a hidden parameter has no schema")
                        .schemaJson());
        };
    }

    /** LangChain4j's string schema has no maxLength; a raw schema carries it to every chat model. */
    private String rawString() {
        StringBuilder raw = new StringBuilder("{\"type\":\"string\",\"maxLength\":").append(maxLength);
        if (description != null) {
            raw.append(",\"description\":");
            Json.quote(description, raw);
        }
        return raw.append('}').toString();
    }

    /**
     * Reads the value at the parser's current token, which is not {@code null}.
     *
     * @return the value for the method, or null after recording a violation
     */
    @Nullable
    Object read(JsonParser parser, JsonToken token, Violations violations) throws IOException {
        return switch (kind) {
            case STRING -> readString(parser, token, violations);
            case LONG -> readLong(parser, token, violations, Long.MIN_VALUE, Long.MAX_VALUE);
            case INT -> {
                Long value = readLong(parser, token, violations, Integer.MIN_VALUE, Integer.MAX_VALUE);
                yield value == null ? null : value.intValue();
            }
            case DOUBLE -> token.isNumeric() ? parser.getDoubleValue() : wrongType(parser, "a number", violations);
            case DECIMAL -> token.isNumeric() ? parser.getDecimalValue() : wrongType(parser, "a number", violations);
            case BOOLEAN ->
                token.isBoolean() ? token == JsonToken.VALUE_TRUE : wrongType(parser, "true or false", violations);
            case ENUM -> readEnum(parser, token, violations);
            case OBJECT -> readObject(parser, token, violations);
        };
    }

    private @Nullable Map<String, Object> readObject(JsonParser parser, JsonToken token, Violations violations)
            throws IOException {
        if (token != JsonToken.START_OBJECT) {
            return wrongType(parser, "an object", violations);
        }
        return ObjectMembers.read(parser, name, Objects.requireNonNull(object).keys(), violations);
    }

    private @Nullable String readString(JsonParser parser, JsonToken token, Violations violations) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            return wrongType(parser, "a string", violations);
        }
        String value = parser.getText();
        if (maxLength >= 0 && value.length() > maxLength) {
            int length = value.codePointCount(0, value.length());
            if (length > maxLength) {
                violations.add(name, length + " characters, more than the maximum of " + maxLength);
                return null;
            }
        }
        return value;
    }

    private @Nullable Long readLong(JsonParser parser, JsonToken token, Violations violations, long min, long max)
            throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long value = parser.getLongValue();
            if (value >= min && value <= max) {
                return value;
            }
        } else if (token.isNumeric()) {
            // 3.0 is an integer to JSON Schema, and some chat models write ids that way.
            BigDecimal value = parser.getDecimalValue().stripTrailingZeros();
            if (value.scale() > 0) {
                return wrongType(parser, "an integer", violations);
            }
            if (value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return value.longValueExact();
            }
        } else {
            return wrongType(parser, "an integer", violations);
        }
        violations.add(name, "must be between " + min + " and " + max);
        return null;
    }

    private @Nullable Object readEnum(JsonParser parser, JsonToken token, Violations violations) throws IOException {
        Object constant = token == JsonToken.VALUE_STRING ? constants.get(parser.getText()) : null;
        if (constant == null) {
            violations.add(name, "expected one of " + String.join(", ", constantNames) + ", got " + sample(parser));
        }
        return constant;
    }

    private <T> @Nullable T wrongType(JsonParser parser, String expected, Violations violations) throws IOException {
        violations.add(name, "expected " + expected + ", got " + sample(parser));
        return null;
    }

    /** {@return the current value as the model wrote it, shortened, for a violation's message} */
    static String sample(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
            return token == JsonToken.START_OBJECT ? "an object" : "an array";
        }
        String text = token == JsonToken.VALUE_STRING ? "\"" + parser.getText() + "\"" : parser.getText();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
