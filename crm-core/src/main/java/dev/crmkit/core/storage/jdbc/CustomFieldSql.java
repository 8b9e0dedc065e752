package dev.crmkit.core.storage.jdbc;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.schema.Dialect;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SQL condition of one resolved {@link CustomFieldFilter} on a {@code custom_fields} column,
 * per dialect: PostgreSQL's {@code ->>} and {@code @>} on {@code jsonb}; MariaDB's {@code
 * JSON_UNQUOTE(JSON_EXTRACT(..))} and {@code JSON_CONTAINS}; H2's field reference {@code (column)."key"}, compared as
 * JSON text. Numbers compare as {@code DECIMAL}, dates as their ISO text (which sorts as dates),
 * text, choices and booleans as text, exactly. The condition's first {@code ?} is the column, the
 * others are {@link Condition#parameters()} in order. Only H2 puts the key in the SQL, as a quoted
 * identifier; keys are checked lower-case identifiers ({@code [a-z][a-z0-9_]*}) and refused otherwise.
 */
public final class CustomFieldSql {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private CustomFieldSql() {}

    /**
     * A condition with {@code ?} placeholders: the column first, then the parameters.
     *
     * @param sql the condition
     * @param parameters the values of the placeholders after the column's
     */
    public record Condition(String sql, List<Object> parameters) {

        /**
         * Copies the parameters.
         *
         * @param sql the condition
         * @param parameters the values of the placeholders after the column's
         */
        public Condition {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * {@return the condition of a filter}
     *
     * @param dialect the database's dialect
     * @param filter a filter resolved by the service
     * @throws IllegalArgumentException on a key that is not a lower-case identifier
     */
    public static Condition condition(Dialect dialect, CustomFieldFilter filter) {
        String key = filter.key();
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a custom field key: " + key);
        }
        String op = filter.sqlOperator();
        return switch (dialect) {
            case POSTGRESQL -> {
                if (filter.hasOption()) {
                    yield new Condition(
                            "(? -> CAST(? AS text)) @> jsonb_build_array(CAST(? AS text))",
                            List.of(key, filter.value()));
                }
                if (filter.numeric()) {
                    yield new Condition(
                            "CAST(? ->> CAST(? AS text) AS NUMERIC) " + op + " ?", List.of(key, filter.number()));
                }
                yield new Condition("(? ->> CAST(? AS text)) " + op + " ?", List.of(key, filter.value()));
            }
            case MARIADB -> {
                String path = "$.\"" + key + "\"";
                if (filter.hasOption()) {
                    yield new Condition("JSON_CONTAINS(?, JSON_QUOTE(?), ?) = 1", List.of(filter.value(), path));
                }
                if (filter.numeric()) {
                    yield new Condition(
                            "CAST(JSON_UNQUOTE(JSON_EXTRACT(?, ?)) AS DECIMAL(38,10)) " + op + " ?",
                            List.of(path, filter.number()));
                }
                // JSON_UNQUOTE undoes the escapes (quotes, backslashes) that MariaDB's JSON_VALUE keeps.
                yield new Condition("JSON_UNQUOTE(JSON_EXTRACT(?, ?)) " + op + " ?", List.of(path, filter.value()));
            }
            case H2 -> {
                String field = "CAST((?).\"" + key + "\" AS VARCHAR)";
                if (filter.hasOption()) {
                    yield new Condition(field + " LIKE ? ESCAPE '!'", List.of(optionPattern(filter.value())));
                }
                if (filter.numeric()) {
                    yield new Condition("CAST(" + field + " AS DECIMAL(38,10)) " + op + " ?", List.of(filter.number()));
                }
                yield new Condition(field + " " + op + " ?", List.of(jsonText(filter)));
            }
        };
    }

    /** The value as H2 shows a JSON value as text: a JSON string, or a bare {@code true}/{@code false}. */
    private static String jsonText(CustomFieldFilter filter) {
        if (filter.resolvedType() == CustomFieldType.BOOLEAN) {
            return filter.value();
        }
        return jsonString(filter.value());
    }

    /** "The JSON array contains this string": its JSON text between any others, {@code LIKE}-escaped with {@code !}. */
    private static String optionPattern(String option) {
        String json = jsonString(option).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + json + "%";
    }

    private static String jsonString(String value) {
        StringBuilder json = new StringBuilder("\"");
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
        return json.append('"').toString();
    }
}
