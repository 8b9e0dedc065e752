package dev.crmkit.core.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** The type of a sort field's values, and how a cursor writes and reads one. */
public enum SortValueType {
    /** A {@code long}, such as an id. */
    LONG(Long::valueOf),
    /** An {@code int}, such as a rank. */
    INT(Integer::valueOf),
    /** Text, compared by code unit. */
    STRING(s -> s),
    /** A {@code BigDecimal}, such as an amount. */
    DECIMAL(BigDecimal::new),
    /** A UTC timestamp. */
    INSTANT(Instant::parse),
    /** A day without time zone. */
    DATE(LocalDate::parse);

    private final Function<String, Object> parser;

    SortValueType(Function<String, Object> parser) {
        this.parser = parser;
    }

    Object parse(String text) {
        return parser.apply(text);
    }

    String format(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
