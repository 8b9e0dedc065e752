package dev.crmkit.core.query;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Describes one sort field: its stable key, the schema column it sorts by, the type of its
 * values, whether a record may lack a value, and how to read the value from a record. The column
 * is what every adapter sorts by, so no adapter keeps an allow-list of its own: the sort enum is
 * the allow-list, and only these column names ever reach SQL text.
 *
 * @param key the stable lower-case name used in cursors and APIs, e.g. {@code last_name}
 * @param column the column of the crmkit schema holding the value, e.g. {@code priority_rank}
 * @param <T> the record sorted
 */
public record SortSpec<T>(
        String key, String column, SortValueType valueType, boolean nullable, Function<T, @Nullable Object> value) {

    /**
     * {@return a field every record has a value for, in the column named like its key}
     *
     * @param <T> the type of the value
     * @param key the key, ignoring case
     * @param valueType the value type
     * @param value the new value
     */
    public static <T> SortSpec<T> required(String key, SortValueType valueType, Function<T, Object> value) {
        return new SortSpec<>(key, key, valueType, false, value::apply);
    }

    /**
     * A field a record may lack, in the column named like its key; such records sort last
     * ascending, first descending.
     *
     * @param <T> the type of the value
     * @param key the key, ignoring case
     * @param valueType the value type
     * @param value the new value
     * @return the sort spec
     */
    public static <T> SortSpec<T> optional(String key, SortValueType valueType, Function<T, @Nullable Object> value) {
        return new SortSpec<>(key, key, valueType, true, value);
    }

    /**
     * {@return the same field sorted by another column, e.g. a generated rank beside the stored key}
     *
     * @param column the column
     */
    public SortSpec<T> onColumn(String column) {
        return new SortSpec<>(key, column, valueType, nullable, value);
    }
}
