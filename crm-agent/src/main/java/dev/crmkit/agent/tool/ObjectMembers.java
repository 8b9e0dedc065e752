package dev.crmkit.agent.tool;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The members of a {@link RuntimeSchema} parameter's JSON object ({@link ObjectParameter}), as the
 * dispatcher reads them: text, {@code BigDecimal}, boolean or a list of text by key; {@code null}
 * members left out. A member refused is left out too and the others kept: the call does not run, but
 * a tool's {@link RecordTool.Check} sees the values it could read.
 */
final class ObjectMembers {

    private ObjectMembers() {}

    /**
     * Reads the object whose {@code START_OBJECT} is the parser's current token, through its end.
     *
     * @param name the parameter's name, which violations put before a member's key
     * @param keys the keys the object may have
     */
    static Map<String, Object> read(JsonParser parser, String name, List<String> keys, Violations violations)
            throws IOException {
        Map<String, Object> members = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            String member = name + "." + key;
            JsonToken value = parser.nextToken();
            if (!keys.contains(key)) {
                violations.add(member, "not defined; the defined keys are " + String.join(", ", keys));
                parser.skipChildren();
            } else if (!seen.add(key)) {
                violations.add(member, "given twice");
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                Object read = member(parser, value, member, violations);
                if (read != null) {
                    members.put(key, read);
                }
            }
        }
        return members;
    }

    private static @Nullable Object member(JsonParser parser, JsonToken token, String member, Violations violations)
            throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (token.isNumeric()) {
            return parser.getDecimalValue();
        }
        if (token.isBoolean()) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            JsonToken item;
            while ((item = parser.nextToken()) == JsonToken.VALUE_STRING) {
                items.add(parser.getText());
            }
            if (item != JsonToken.END_ARRAY) {
                violations.add(member, "expected an array of strings");
                // Skip the rest of the array; nested values are skipped whole, so the next END_ARRAY is its own.
                for (JsonToken rest = item; rest != null && rest != JsonToken.END_ARRAY; rest = parser.nextToken()) {
                    if (rest == JsonToken.START_OBJECT || rest == JsonToken.START_ARRAY) {
                        parser.skipChildren();
                    }
                }
                return null;
            }
            return List.copyOf(items);
        }
        violations.add(
                member,
                "expected a string, number, boolean or array of strings, got " + ParameterBinding.sample(parser));
        return null;
    }
}
