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
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns LangChain4j schema elements into {@link SchemaNode}s.
 *
 * <p>LangChain4j's {@code JsonStringSchema} has no {@code maxLength}; to bound a string, declare the
 * property as a {@link JsonRawSchema}, e.g. {@code JsonRawSchema.from("{\"type\":\"string\",\"maxLength\":100}")}.
 * Raw schemas may use {@code type}, {@code description}, {@code enum}, {@code maxLength},
 * {@code maxItems}, {@code items}, {@code properties}, {@code required}, {@code additionalProperties}
 * and {@code anyOf}; anything else is refused rather than silently ignored. Other chat models pass a
 * raw schema through verbatim, so the bound reaches them too.
 *
 * <p>Stateless and thread-safe.
 */
public final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RAW_KEYWORDS = Set.of(
            "type",
            "description",
            "enum",
            "maxLength",
            "maxItems",
            "items",
            "properties",
            "required",
            "additionalProperties",
            "anyOf",
            "$schema",
            "title");

    private Schemas() {}

    /**
     * @param tool a tool specification
     * @return the schema of its arguments object; a tool without parameters takes an empty object
     * @throws UnsupportedSchemaException when the schema leaves the supported subset
     */
    public static ObjectNode ofTool(ToolSpecification tool) {
        JsonObjectSchema parameters = tool.parameters();
        if (parameters == null) {
            return new ObjectNode(Map.of(), Set.of(), false);
        }
        try {
            return (ObjectNode) new Converter(parameters.definitions()).convert(parameters);
        } catch (UnsupportedSchemaException e) {
            throw new UnsupportedSchemaException("tool " + tool.name() + ": " + e.getMessage());
        }
    }

    /**
     * @param element a schema element; references resolve against its own definitions, if it is an object
     * @return the normalised schema
     * @throws UnsupportedSchemaException when the schema leaves the supported subset
     */
    public static SchemaNode of(JsonSchemaElement element) {
        Map<String, JsonSchemaElement> definitions =
                element instanceof JsonObjectSchema object ? object.definitions() : null;
        return new Converter(definitions).convert(element);
    }

    private static final class Converter {

        private final Map<String, JsonSchemaElement> definitions;
        private final Set<String> resolving = new HashSet<>();

        Converter(Map<String, JsonSchemaElement> definitions) {
            this.definitions = definitions == null ? Map.of() : definitions;
        }

        SchemaNode convert(JsonSchemaElement element) {
            if (element instanceof JsonObjectSchema object) {
                Map<String, SchemaNode> properties = new LinkedHashMap<>();
                if (object.properties() != null) {
                    object.properties().forEach((name, property) -> properties.put(name, convert(property)));
                }
                List<String> required = object.required() == null ? List.of() : object.required();
                return new ObjectNode(
                        properties, new HashSet<>(required), !Boolean.FALSE.equals(object.additionalProperties()));
            }
            if (element instanceof JsonStringSchema) {
                return new StringNode(OptionalInt.empty());
            }
            if (element instanceof JsonIntegerSchema) {
                return new IntegerNode();
            }
            if (element instanceof JsonNumberSchema) {
                return new NumberNode();
            }
            if (element instanceof JsonBooleanSchema) {
                return new BooleanNode();
            }
            if (element instanceof JsonNullSchema) {
                return new NullNode();
            }
            if (element instanceof JsonEnumSchema enumeration) {
                return new EnumNode(enumeration.enumValues());
            }
            if (element instanceof JsonArraySchema array) {
                return new ArrayNode(convert(array.items()), OptionalInt.empty());
            }
            if (element instanceof JsonAnyOfSchema anyOf) {
                return new AnyOfNode(anyOf.anyOf().stream().map(this::convert).toList());
            }
            if (element instanceof JsonReferenceSchema reference) {
                return resolve(reference.reference());
            }
            if (element instanceof JsonRawSchema raw) {
                return raw(parse(raw.schema()), "raw schema");
            }
            throw new UnsupportedSchemaException(
                    "schema element " + element.getClass().getSimpleName()
                            + " is not supported; use object, string, integer, number, boolean, enum, array or anyOf");
        }

        private SchemaNode resolve(String reference) {
            if (!resolving.add(reference)) {
                throw new UnsupportedSchemaException("the schema refers to " + reference + " recursively; "
                        + "recursive arguments have no bounded size, flatten them");
            }
            JsonSchemaElement target = definitions.get(reference);
            if (target == null) {
                throw new UnsupportedSchemaException(
                        "the schema refers to " + reference + ", which it does not define");
            }
            SchemaNode node = convert(target);
            resolving.remove(reference);
            return node;
        }

        private static JsonNode parse(String schema) {
            try {
                return JSON.readTree(schema);
            } catch (JsonProcessingException e) {
                throw new UnsupportedSchemaException("a raw schema is not valid JSON: " + e.getOriginalMessage());
            }
        }

        private SchemaNode raw(JsonNode node, String where) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String keyword = names.next();
                if (!RAW_KEYWORDS.contains(keyword)) {
                    throw new UnsupportedSchemaException(where + " uses keyword '" + keyword
                            + "', which crmkit cannot enforce; supported: " + RAW_KEYWORDS);
                }
            }
            if (node.has("anyOf")) {
                List<SchemaNode> alternatives = new ArrayList<>();
                node.get("anyOf").forEach(alternative -> alternatives.add(raw(alternative, where)));
                return new AnyOfNode(alternatives);
            }
            if (node.has("enum")) {
                List<String> values = new ArrayList<>();
                node.get("enum").forEach(value -> {
                    if (!value.isTextual()) {
                        throw new UnsupportedSchemaException(where + " has a non-string enum value " + value);
                    }
                    values.add(value.asText());
                });
                return new EnumNode(values);
            }
            String type = node.path("type").asText("");
            return switch (type) {
                case "string" -> new StringNode(bound(node, "maxLength", where));
                case "integer" -> new IntegerNode();
                case "number" -> new NumberNode();
                case "boolean" -> new BooleanNode();
                case "null" -> new NullNode();
                case "array" ->
                    new ArrayNode(raw(node.path("items"), where + ".items"), bound(node, "maxItems", where));
                case "object" -> rawObject(node, where);
                default ->
                    throw new UnsupportedSchemaException(where + " has type '" + type
                            + "'; use string, integer, number, boolean, null, array or object");
            };
        }

        private SchemaNode rawObject(JsonNode node, String where) {
            Map<String, SchemaNode> properties = new LinkedHashMap<>();
            node.path("properties")
                    .properties()
                    .forEach(field ->
                            properties.put(field.getKey(), raw(field.getValue(), where + "." + field.getKey())));
            Set<String> required = new HashSet<>();
            node.path("required").forEach(name -> required.add(name.asText()));
            return new ObjectNode(
                    properties, required, node.path("additionalProperties").asBoolean(true));
        }

        private static OptionalInt bound(JsonNode node, String keyword, String where) {
            if (!node.has(keyword)) {
                return OptionalInt.empty();
            }
            JsonNode value = node.get(keyword);
            if (!value.canConvertToInt() || value.asInt() < 0) {
                throw new UnsupportedSchemaException(
                        where + " has " + keyword + " " + value + "; it must be a non-negative integer");
            }
            return OptionalInt.of(value.asInt());
        }
    }
}
