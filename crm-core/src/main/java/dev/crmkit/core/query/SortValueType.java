package dev.crmkit.core.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** The type of a sort field's values, and how a cursor writes and reads one. */
public enum SortValueType {
    LONG(Long::valueOf),
    INT(Integer::valueOf),
    STRING(s -> s),
    DECIMAL(BigDecimal::new),
    INSTANT(Instant::parse),
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
