package dev.crmkit.agent.llama;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmkit.agent.grammar.ToolCallGrammar;
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
import org.jspecify.annotations.Nullable;

/**
 * The part of the system prompt that tells the model its tools and the reply format. Its text depends
 * only on the tools, in order, so it is byte-identical from turn to turn and stays in the KV cache.
 */
final class ToolPrompt {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolPrompt() {}

    static String describe(ToolCallGrammar grammar) {
        StringBuilder text = new StringBuilder("You can use these tools:\n");
        for (ToolSpecification tool : grammar.tools()) {
            ObjectNode entry = JSON.createObjectNode().put("name", tool.name());
            if (tool.description() != null) {
                entry.put("description", tool.description());
            }
            entry.set(
                    "parameters",
                    tool.parameters() == null
                            ? JSON.createObjectNode().put("type", "object")
                            : schema(tool.parameters()));
            text.append(entry).append('\n');
        }
        text.append("Reply with one JSON object and nothing else. To call a tool: ")
                .append("{\"tool\": \"<tool name>\", \"arguments\": {<arguments>}}.");
        if (grammar.answerAllowed()) {
            text.append(" To reply to the user: {\"answer\": \"<at most ")
                    .append(grammar.answerMaxLength())
                    .append(" characters>\"}.");
        }
        return text.toString();
    }

    /** LangChain4j's schema as standard JSON Schema, descriptions included: what models were trained on. */
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
        describe(node, element.description());
        return node;
    }

    private static void describe(ObjectNode node, @Nullable String description) {
        if (description != null && !description.isBlank()) {
            node.put("description", description);
        }
    }

    private static JsonNode parse(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("raw schema is not JSON: " + raw, e);
        }
    }
}
