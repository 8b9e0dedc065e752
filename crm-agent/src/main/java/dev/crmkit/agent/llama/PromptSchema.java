package dev.crmkit.agent.llama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tool's parameters as the model reads them: standard JSON Schema, descriptions included (what models
 * were trained on), without what the model learns nothing from. Every character of it is evaluated by the
 * model (about one token per 1.2 characters in a tiny vocabulary, one per 4 in Qwen2.5's), so the prompt
 * leaves out:
 * <ul>
 *   <li>{@code "type":"object"} of the parameters themselves: arguments are always an object;</li>
 *   <li>{@code "type"} beside an {@code enum} of strings: the values say it;</li>
 *   <li>{@code maxLength} of {@value #SHOWN_LENGTH_LIMIT} or more: no value a model would write reaches it
 *       (a title, a name, notes); shorter limits say the form (a currency code of 3, a date of 10);</li>
 *   <li>a description that only repeats the parameter's name ({@code "contactId": "contact id"},
 *       {@code "phone": "new phone"} in an update tool, {@code "dealId": "id of the deal"}) or lists the values of its {@code enum}.</li>
 * </ul>
 * Only the prompt changes: the grammar is compiled from the specifications themselves, so every limit left
 * out here still binds what the model can write.
 */
final class PromptSchema {

    /** The shortest {@code maxLength} the prompt leaves out. */
    static final int SHOWN_LENGTH_LIMIT = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PromptSchema() {}

    /**
     * @param parameters a tool's parameters, or null for none
     * @return them as the prompt shows them: {@code {}} for none
     */
    static ObjectNode parameters(@Nullable JsonObjectSchema parameters) {
        if (parameters == null) {
            return JSON.createObjectNode();
        }
        ObjectNode node = compact(schema(parameters), null);
        node.remove("type");
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isEmpty()) {
            node.remove("properties");
        }
        return node;
    }

    /** LangChain4j's schema as standard JSON Schema, descriptions included. */
    static JsonNode schema(JsonSchemaElement element) {
        ObjectNode node = JSON.createObjectNode();
        if (element instanceof JsonObjectSchema object) {
            node.put("type", "object");
            ObjectNode properties = node.putObject("properties");
            if (object.properties() != null) {
                object.properties().forEach((name, property) -> properties.set(name, schema(property)));
            }
            if (object.required() != null && !object.required().isEmpty()) {
                ArrayNode required = node.putArray("required");
                object.required().forEach(required::add);
            }
        } else if (element instanceof JsonStringSchema) {
            node.put("type", "string");
        } else if (element instanceof JsonIntegerSchema) {
            node.put("type", "integer");
        } else if (element instanceof JsonNumberSchema) {
            node.put("type", "number");
        } else if (element instanceof JsonBooleanSchema) {
            node.put("type", "boolean");
        } else if (element instanceof JsonNullSchema) {
            node.put("type", "null");
        } else if (element instanceof JsonEnumSchema enumeration) {
            node.put("type", "string");
            ArrayNode values = node.putArray("enum");
            enumeration.enumValues().forEach(values::add);
        } else if (element instanceof JsonArraySchema array) {
            node.put("type", "array");
            node.set("items", schema(array.items()));
        } else if (element instanceof JsonAnyOfSchema anyOf) {
            ArrayNode alternatives = node.putArray("anyOf");
            anyOf.anyOf().forEach(alternative -> alternatives.add(schema(alternative)));
        } else if (element instanceof JsonReferenceSchema reference) {
            node.put("$ref", "#/$defs/" + reference.reference());
        } else if (element instanceof JsonRawSchema raw) {
            return parse(raw.schema());
        }
        String description = element.description();
        if (description != null && !description.isBlank()) {
            node.put("description", description);
        }
        return node;
    }

    /** Leaves out, in place, what the class comment lists; {@code name} is the property's, if it is one. */
    private static ObjectNode compact(JsonNode schema, @Nullable String name) {
        if (!(schema instanceof ObjectNode node)) {
            return JSON.createObjectNode();
        }
        JsonNode values = node.get("enum");
        boolean stringEnum = values != null && values.isArray() && !values.isEmpty();
        if (stringEnum) {
            for (JsonNode value : values) {
                stringEnum &= value.isTextual();
            }
        }
        if (stringEnum && "string".equals(node.path("type").asText())) {
            node.remove("type");
        }
        if (node.path("maxLength").asInt(0) >= SHOWN_LENGTH_LIMIT) {
            node.remove("maxLength");
        }
        String description = node.path("description").asText("");
        if (!description.isEmpty() && (repeatsName(description, name) || listsValues(description, values))) {
            node.remove("description");
        }
        JsonNode properties = node.get("properties");
        if (properties instanceof ObjectNode members) {
            for (Map.Entry<String, JsonNode> member : members.properties()) {
                compact(member.getValue(), member.getKey());
            }
        }
        JsonNode items = node.get("items");
        if (items != null) {
            compact(items, null);
        }
        JsonNode anyOf = node.get("anyOf");
        if (anyOf != null) {
            anyOf.forEach(alternative -> compact(alternative, null));
        }
        return node;
    }

    /**
     * {@code "contact id"} of {@code contactId}, also as {@code "new contact id"} or {@code "id of the contact"}:
     * the name in words.
     */
    private static boolean repeatsName(String description, @Nullable String name) {
        if (name == null) {
            return false;
        }
        String words =
                name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        String said = description.strip().toLowerCase(Locale.ROOT);
        if (said.equals(words) || said.equals("new " + words)) {
            return true;
        }
        return words.endsWith(" id") && said.equals("id of the " + words.substring(0, words.length() - 3));
    }

    /** {@code "open, won or lost"} of {@code enum [open, won, lost]}: the values in words. */
    private static boolean listsValues(String description, @Nullable JsonNode values) {
        if (values == null || !values.isArray() || values.isEmpty()) {
            return false;
        }
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        String listed = texts.size() == 1
                ? texts.get(0)
                : String.join(", ", texts.subList(0, texts.size() - 1)) + " or " + texts.get(texts.size() - 1);
        return description.strip().equals(listed);
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("raw schema is not JSON: " + raw, e);
        }
    }
}
