package dev.crmkit.agent.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.schema.SchemaNode.AnyOfNode;
import dev.crmkit.agent.schema.SchemaNode.ArrayNode;
import dev.crmkit.agent.schema.SchemaNode.BooleanNode;
import dev.crmkit.agent.schema.SchemaNode.EnumNode;
import dev.crmkit.agent.schema.SchemaNode.IntegerNode;
import dev.crmkit.agent.schema.SchemaNode.NullNode;
import dev.crmkit.agent.schema.SchemaNode.NumberNode;
import dev.crmkit.agent.schema.SchemaNode.ObjectNode;
import dev.crmkit.agent.schema.SchemaNode.StringNode;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks JSON values against a {@link SchemaNode}. The agent uses it on every tool call, whichever
 * chat model produced it: a grammar-constrained local model cannot produce an invalid one, but a
 * remote model can, and its mistake should go back to it as an observation, not reach a service.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonSchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSchemaValidator() {}

    /**
     * @param tool          the tool being called
     * @param argumentsJson the arguments a model produced
     * @return the violations, each naming the offending path ({@code $.email}); empty when valid
     * @throws UnsupportedSchemaException when the tool's schema leaves the supported subset
     */
    public static List<String> validateArguments(ToolSpecification tool, String argumentsJson) {
        return validate(Schemas.ofTool(tool), argumentsJson);
    }

    /**
     * @param schema the schema
     * @param json   a JSON document
     * @return the violations; a document that does not parse has one violation saying so
     */
    public static List<String> validate(SchemaNode schema, String json) {
        JsonNode value;
        try {
            value = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("$: not valid JSON: " + e.getOriginalMessage());
        }
        if (value == null || value.isMissingNode()) {
            return List.of("$: empty document");
        }
        return validate(schema, value);
    }

    /**
     * @param schema the schema
     * @param value  a parsed JSON value
     * @return the violations; empty when valid
     */
    public static List<String> validate(SchemaNode schema, JsonNode value) {
        List<String> violations = new ArrayList<>();
        check(schema, value, "$", violations);
        return List.copyOf(violations);
    }

    private static void check(SchemaNode schema, JsonNode value, String path, List<String> violations) {
        if (schema instanceof ObjectNode object) {
            checkObject(object, value, path, violations);
        } else if (schema instanceof StringNode string) {
            if (!value.isTextual()) {
                violations.add(path + ": expected a string, got " + describe(value));
            } else if (string.maxLength().isPresent()) {
                int length = value.asText().codePointCount(0, value.asText().length());
                if (length > string.maxLength().getAsInt()) {
                    violations.add(path + ": " + length + " characters, more than the maximum of "
                            + string.maxLength().getAsInt());
                }
            }
        } else if (schema instanceof IntegerNode) {
            boolean integral = value.isIntegralNumber()
                    || (value.isNumber()
                            && value.decimalValue().stripTrailingZeros().scale() <= 0);
            if (!integral) {
                violations.add(path + ": expected an integer, got " + describe(value));
            }
        } else if (schema instanceof NumberNode) {
            if (!value.isNumber()) {
                violations.add(path + ": expected a number, got " + describe(value));
            }
        } else if (schema instanceof BooleanNode) {
            if (!value.isBoolean()) {
                violations.add(path + ": expected true or false, got " + describe(value));
            }
        } else if (schema instanceof NullNode) {
            if (!value.isNull()) {
                violations.add(path + ": expected null, got " + describe(value));
            }
        } else if (schema instanceof EnumNode enumeration) {
            if (!value.isTextual() || !enumeration.values().contains(value.asText())) {
                violations.add(path + ": expected one of " + enumeration.values() + ", got " + describe(value));
            }
        } else if (schema instanceof ArrayNode array) {
            checkArray(array, value, path, violations);
        } else if (schema instanceof AnyOfNode anyOf) {
            boolean matched = anyOf.alternatives().stream()
                    .anyMatch(alternative -> validate(alternative, value).isEmpty());
            if (!matched) {
                violations.add(
                        path + ": matches none of the " + anyOf.alternatives().size() + " allowed forms");
            }
        }
    }

    private static void checkObject(ObjectNode object, JsonNode value, String path, List<String> violations) {
        if (!value.isObject()) {
            violations.add(path + ": expected an object, got " + describe(value));
            return;
        }
        for (String name : object.properties().keySet()) {
            if (object.required().contains(name) && !value.has(name)) {
                violations.add(path + "." + name + ": required but missing");
            }
        }
        value.properties().forEach(field -> {
            SchemaNode property = object.properties().get(field.getKey());
            if (property != null) {
                check(property, field.getValue(), path + "." + field.getKey(), violations);
            } else if (!object.additionalProperties()) {
                violations.add(path + "." + field.getKey() + ": not a known property; known: "
                        + object.properties().keySet());
            }
        });
    }

    private static void checkArray(ArrayNode array, JsonNode value, String path, List<String> violations) {
        if (!value.isArray()) {
            violations.add(path + ": expected an array, got " + describe(value));
            return;
        }
        if (array.maxItems().isPresent() && value.size() > array.maxItems().getAsInt()) {
            violations.add(path + ": " + value.size() + " items, more than the maximum of "
                    + array.maxItems().getAsInt());
        }
        for (int i = 0; i < value.size(); i++) {
            check(array.items(), value.get(i), path + "[" + i + "]", violations);
        }
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
