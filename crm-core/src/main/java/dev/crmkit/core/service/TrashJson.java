package dev.crmkit.core.service;

import dev.crmkit.core.customfield.CustomFieldValues;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of a trash snapshot, without a JSON library (crm-core has none): records are written
 * as objects of their components, and read back through their canonical constructors, so a record
 * reads back equal to the one written. Values: text, numbers (exact, as {@link BigDecimal}),
 * booleans, null, lists, maps with text keys, nested records; instants, dates and durations as
 * ISO-8601 text, enums by name, currencies by code.
 */
final class TrashJson {

    private TrashJson() {}

    /** {@return the JSON of {@code value}} */
    static String write(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    /**
     * {@return the parsed JSON: maps, lists, strings, {@link BigDecimal}s, booleans and nulls}
     *
     * @throws IllegalArgumentException when the text is not JSON
     */
    static @Nullable Object parse(String json) {
        Parser parser = new Parser(json);
        Object value = parser.value();
        parser.skipBlanks();
        if (parser.at < json.length()) {
            throw new IllegalArgumentException("unexpected text after JSON at " + parser.at);
        }
        return value;
    }

    /** {@return the record of {@code type} whose components a parsed JSON object holds} */
    static <T extends Record> T read(@Nullable Object parsed, Class<T> type) {
        if (!(parsed instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException("expected an object for " + type.getSimpleName());
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = object.get(components[i].getName());
            args[i] = components[i].getType() == List.class
                    ? records(value, elementType(components[i]))
                    : convert(value, components[i].getType());
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(
                    "the snapshot of a " + type.getSimpleName() + " is invalid", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }

    /** {@return the numbers of a parsed JSON array, as longs} */
    static List<Long> longs(@Nullable Object parsed) {
        List<Long> values = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            for (Object item : list) {
                values.add(((BigDecimal) item).longValueExact());
            }
        }
        return values;
    }

    /** {@return the records of {@code type} of a parsed JSON array} */
    static <T extends Record> List<T> records(@Nullable Object parsed, Class<T> type) {
        List<T> values = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            for (Object item : list) {
                values.add(read(item, type));
            }
        }
        return values;
    }

    /** The record type of a {@code List<R>} component: lists of anything else are not snapshot material. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Record> elementType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element
                && element.isRecord()) {
            return (Class<? extends Record>) element;
        }
        throw new IllegalArgumentException("cannot read " + component);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static @Nullable Object convert(@Nullable Object value, Class<?> type) {
        if (type == CustomFieldValues.class) {
            // Kept as its own JSON text, so a number keeps its scale.
            return CustomFieldValues.fromJson((String) value);
        }
        if (value == null) {
            if (type == long.class || type == int.class || type == boolean.class) {
                throw new IllegalArgumentException("missing a " + type + " value");
            }
            return null;
        }
        if (type == long.class || type == Long.class) {
            return ((BigDecimal) value).longValueExact();
        } else if (type == int.class || type == Integer.class) {
            return ((BigDecimal) value).intValueExact();
        } else if (type == boolean.class || type == Boolean.class) {
            return value;
        } else if (type == BigDecimal.class) {
            return value;
        } else if (type == String.class) {
            return value;
        } else if (type == Instant.class) {
            return Instant.parse((String) value);
        } else if (type == LocalDate.class) {
            return LocalDate.parse((String) value);
        } else if (type == Duration.class) {
            return Duration.parse((String) value);
        } else if (type == Currency.class) {
            return Currency.getInstance((String) value);
        } else if (type.isEnum()) {
            return Enum.valueOf((Class) type, (String) value);
        } else if (type.isRecord()) {
            return read(value, (Class<? extends Record>) type);
        }
        throw new IllegalArgumentException("cannot read a " + type.getName());
    }

    private static void write(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Duration) {
            string(out, value.toString());
        } else if (value instanceof Currency currency) {
            string(out, currency.getCurrencyCode());
        } else if (value instanceof Enum<?> constant) {
            string(out, constant.name());
        } else if (value instanceof CustomFieldValues values) {
            string(out, values.toJson());
        } else if (value instanceof Record record) {
            Map<String, @Nullable Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    fields.put(component.getName(), component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            write(out, fields);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                string(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue());
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                write(out, item);
                separator = ",";
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(
                    "cannot write a " + value.getClass().getName());
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A recursive-descent reader of the JSON {@link #write} produces (and any other JSON). */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        @Nullable
        Object value() {
            skipBlanks();
            if (at >= text.length()) {
                throw error("a value");
            }
            char c = text.charAt(at);
            if (c == '{') {
                return object();
            } else if (c == '[') {
                return array();
            } else if (c == '"') {
                return string();
            } else if (text.startsWith("null", at)) {
                at += 4;
                return null;
            } else if (text.startsWith("true", at)) {
                at += 4;
                return Boolean.TRUE;
            } else if (text.startsWith("false", at)) {
                at += 5;
                return Boolean.FALSE;
            }
            int start = at;
            while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw error("a value");
            }
            return new BigDecimal(text.substring(start, at));
        }

        private Map<String, @Nullable Object> object() {
            Map<String, @Nullable Object> object = new LinkedHashMap<>();
            at++;
            skipBlanks();
            if (peek() == '}') {
                at++;
                return object;
            }
            while (true) {
                skipBlanks();
                String key = string();
                skipBlanks();
                expect(':');
                object.put(key, value());
                skipBlanks();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }

        private List<@Nullable Object> array() {
            List<@Nullable Object> array = new ArrayList<>();
            at++;
            skipBlanks();
            if (peek() == ']') {
                at++;
                return array;
            }
            while (true) {
                array.add(value());
                skipBlanks();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("the end of a string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        void skipBlanks() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("'" + c + "'");
            }
            at++;
        }

        private IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("expected " + expected + " at " + at + " of the snapshot");
        }
    }
}
