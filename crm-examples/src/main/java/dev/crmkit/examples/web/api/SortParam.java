package dev.crmkit.examples.web.api;

import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.query.SortField;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A {@code sort} query parameter: a field key from the resource's allow-list, descending when
 * prefixed by {@code -} ({@code sort=-created_at}).
 *
 * @param <S> the resource's sort enum
 */
public record SortParam<S extends Enum<S> & SortField<?>>(S field, SortDirection direction) {

    /**
     * @param value the parameter, or {@code null} for {@code fallback} ascending
     * @throws ValidationException ({@code sort}) naming the allowed fields
     */
    public static <S extends Enum<S> & SortField<?>> SortParam<S> parse(
            @Nullable String value, Class<S> type, S fallback) {
        if (value == null || value.isBlank()) {
            return new SortParam<>(fallback, SortDirection.ASC);
        }
        String text = value.strip();
        SortDirection direction = text.startsWith("-") ? SortDirection.DESC : SortDirection.ASC;
        String key = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        for (S field : type.getEnumConstants()) {
            if (field.key().equals(key)) {
                return new SortParam<>(field, direction);
            }
        }
        throw new ValidationException(
                "sort", "must be one of " + keys(type) + ", optionally prefixed by - for descending");
    }

    /** {@return the keys of a sort enum's fields, in its order: {@code id, last_name, email}} */
    static <S extends Enum<S> & SortField<?>> String keys(Class<S> type) {
        return Arrays.stream(type.getEnumConstants()).map(SortField::key).collect(Collectors.joining(", "));
    }

    /** The parameter form, {@code last_name} or {@code -last_name}. */
    public String format() {
        return (direction == SortDirection.DESC ? "-" : "") + field.key();
    }
}
