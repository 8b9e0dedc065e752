package dev.crmkit.core.customfield;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@link CustomFieldValues}: one flat object whose values are strings, numbers,
 * booleans or arrays of strings. Written compactly with keys in order and only the escapes JSON
 * requires, so equal values always have the same text; read leniently (whitespace, any escape).
 */
final class CustomFieldJson {

    private final String text;
    private int at;

    private CustomFieldJson(String text) {
        this.text = text;
    }

    static String write(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key).append(':');
            if (value instanceof List<?> list) {
                json.append('[');
                for (int i = 0; i < list.size(); i++) {
                    string(i == 0 ? json : json.append(','), String.valueOf(list.get(i)));
                }
                json.append(']');
            } else if (value instanceof BigDecimal number) {
                json.append(number.toPlainString());
            } else if (value instanceof Boolean bool) {
                json.append(bool);
            } else {
                string(json, String.valueOf(value));
            }
        });
        return json.append('}').toString();
    }

    /** Appends a JSON string: quotes, backslashes and control characters escaped, nothing else. */
    static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    static Map<String, Object> parseObject(String json) {
        CustomFieldJson parser = new CustomFieldJson(json);
        Map<String, Object> values = new LinkedHashMap<>();
        parser.expect('{');
        if (!parser.consume('}')) {
            do {
                String key = parser.string();
                parser.expect(':');
                Object value = parser.value();
                if (value != null) {
                    values.put(key, value);
                }
            } while (parser.consume(','));
            parser.expect('}');
        }
        parser.skipSpace();
        if (parser.at != json.length()) {
            throw parser.error("text after the object");
        }
        return values;
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(at);
        if (c == '"') {
            return string();
        }
        if (c == '[') {
            at++;
            List<String> list = new ArrayList<>();
            if (!consume(']')) {
                do {
                    list.add(string());
                } while (consume(','));
                expect(']');
            }
            return list;
        }
        if (text.startsWith("true", at)) {
            at += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", at)) {
            at += 5;
            return Boolean.FALSE;
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        try {
            return new BigDecimal(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw error("a number");
        }
    }

    private String string() {
        skipSpace();
        expect('"');
        StringBuilder value = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("four hex digits");
                    }
                    value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> value.append(escaped);
            }
        }
        throw error("the end of a string");
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("'" + c + "'");
        }
    }

    private boolean consume(char c) {
        skipSpace();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("custom_fields: expected " + expected + " at " + at);
    }
}
