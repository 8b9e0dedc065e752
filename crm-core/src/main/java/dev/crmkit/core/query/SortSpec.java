package dev.crmkit.core.query;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Describes one sort field: its stable key, the type of its values, whether a record may lack a
 * value, and how to read the value from a record.
 *
 * @param <T> the record sorted
 */
public record SortSpec<T>(String key, SortValueType valueType, boolean nullable, Function<T, @Nullable Object> value) {

    /** A field every record has a value for. */
    public static <T> SortSpec<T> required(String key, SortValueType valueType, Function<T, Object> value) {
        return new SortSpec<>(key, valueType, false, value::apply);
    }

    /** A field a record may lack; such records sort last ascending, first descending. */
    public static <T> SortSpec<T> optional(String key, SortValueType valueType, Function<T, @Nullable Object> value) {
        return new SortSpec<>(key, valueType, true, value);
    }
}
