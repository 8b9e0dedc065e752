package dev.crmkit.agent.tool;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a tool call's arguments straight from the JSON text into the method's argument array,
 * checking them against the tool's schema on the way: one pass, no tree, no intermediate map.
 *
 * <p>It accepts what a JSON Schema validator (the test-jar's {@code JsonSchemaValidator}) accepts for the schema
 * the tool declares, with one leniency: {@code null} for an optional parameter means "not given",
 * because chat models served over OpenAI-compatible APIs commonly write absent values that way.
 * Duplicate keys, which JSON parsers silently resolve in different ways, are refused.
 */
final class ArgumentReader {

    private final JsonFactory factory;

    ArgumentReader(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * @param json the arguments; blank means none, like {@code {}}
     * @return the argument array, complete when {@code violations} stayed empty
     */
    Object[] read(ToolMethod tool, String json, Violations violations) {
        if (tool.executor != null) {
            checkObject(json, violations);
            return new Object[] {json};
        }
        Object[] values = new Object[tool.parameters.length];
        long given = 0;
        if (!json.isBlank()) {
            try (JsonParser parser = factory.createParser(json)) {
                given = readObject(tool, parser, values, violations);
            } catch (JsonProcessingException e) {
                violations.add("the arguments are not valid JSON (" + e.getOriginalMessage() + ")");
                return values;
            } catch (IOException e) {
                throw new UncheckedIOException("reading a String cannot fail", e);
            }
        }
        for (ParameterBinding parameter : tool.parameters) {
            if (parameter.required && (given & (1L << parameter.index)) == 0) {
                violations.add(parameter.name, "required but missing");
            }
        }
        return values;
    }

    /** For a tool without parameter bindings: one JSON object, whatever its members. */
    private void checkObject(String json, Violations violations) {
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                violations.add("the arguments must be a JSON object of named parameters");
                return;
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                violations.add("the arguments must be exactly one JSON object");
            }
        } catch (JsonProcessingException e) {
            violations.add("the arguments are not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
    }

    /** @return a bit per parameter that was given, {@code null} included (tools have at most 64) */
    private static long readObject(ToolMethod tool, JsonParser parser, Object[] values, Violations violations)
            throws IOException {
        long given = 0;
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            violations.add("the arguments must be a JSON object of named parameters");
            return ~0L;
        }
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            ParameterBinding parameter = tool.parameter(name);
            JsonToken valueToken = parser.nextToken();
            if (parameter == null) {
                violations.add(name, "not a parameter of " + tool.name + "; its parameters are " + tool.parameterNames);
                parser.skipChildren();
            } else if ((given & (1L << parameter.index)) != 0) {
                violations.add(name, "given twice");
                parser.skipChildren();
            } else {
                given |= 1L << parameter.index;
                if (valueToken != JsonToken.VALUE_NULL) {
                    values[parameter.index] = parameter.read(parser, valueToken, violations);
                } else if (parameter.required) {
                    violations.add(name, "required, but null");
                }
            }
        }
        if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
            violations.add("the arguments must be exactly one JSON object");
        }
        return given;
    }
}
