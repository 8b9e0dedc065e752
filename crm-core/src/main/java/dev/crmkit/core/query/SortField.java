package dev.crmkit.core.query;

import dev.crmkit.core.kernel.CrmRecord;
import org.jspecify.annotations.Nullable;

/**
 * A field a query may sort by. Each aggregate's sort enum implements this: the enum is the
 * allow-list, so no caller's string ever reaches SQL. Every sort is followed by the id as a
 * tie-breaker, which is what makes keyset pagination exact.
 *
 * @param <T> the record sorted
 */
public interface SortField<T extends CrmRecord> {

    /** {@return the field's description} */
    SortSpec<T> spec();

    /** {@return a stable lower-case name used in cursors and APIs, e.g. {@code last_name}} */
    default String key() {
        return spec().key();
    }

    /** {@return the schema column this field sorts by; the only text an adapter pastes into SQL} */
    default String column() {
        return spec().column();
    }

    /** {@return the Java type of {@link #valueOf(CrmRecord)}} */
    default SortValueType valueType() {
        return spec().valueType();
    }

    /** {@return true when records may lack a value for this field (such records sort as if larger than any value)} */
    default boolean nullable() {
        return spec().nullable();
    }

    /**
     * {@return the value this field has in {@code record}, of {@link #valueType()}'s type}
     *
     * @param record the record
     */
    default @Nullable Object valueOf(T record) {
        return spec().value().apply(record);
    }
}
