package dev.crmkit.core.kernel;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a partial update: leave it {@linkplain #unchanged() unchanged}, {@linkplain
 * #clear() clear} it, or {@linkplain #set(Object) set} it to a value. This is what lets an update
 * say "clear the phone number" differently from "don't touch the phone number".
 *
 * @param <T> the field's type
 */
public sealed interface Patch<T> permits Patch.Unchanged, Patch.Clear, Patch.Set {

    /**
     * Leave the field as it is.
     *
     * @param <T> the type of the value
     * @return the patch
     */
    @SuppressWarnings("unchecked")
    static <T> Patch<T> unchanged() {
        return (Patch<T>) Unchanged.INSTANCE;
    }

    /**
     * Remove the field's value. Refused for required fields.
     *
     * @param <T> the type of the value
     * @return the patch
     */
    @SuppressWarnings("unchecked")
    static <T> Patch<T> clear() {
        return (Patch<T>) Clear.INSTANCE;
    }

    /**
     * Give the field this value.
     *
     * @param <T> the type of the value
     * @param value the new value
     * @return the patch
     */
    static <T> Patch<T> set(T value) {
        return new Set<>(value);
    }

    /**
     * {@link #set(Object)} for a value, {@link #clear()} for {@code null}.
     *
     * @param <T> the type of the value
     * @param value the new value
     * @return the patch
     */
    static <T> Patch<T> setOrClear(@Nullable T value) {
        return value == null ? clear() : set(value);
    }

    /** {@return true unless this is {@link #unchanged()}} */
    default boolean isPresent() {
        return !(this instanceof Unchanged);
    }

    /**
     * {@return the field's new value given its current one}
     *
     * @param current the record as stored
     */
    default @Nullable T applyTo(@Nullable T current) {
        if (this instanceof Set<T> set) {
            return set.value();
        }
        return this instanceof Clear ? null : current;
    }

    /**
     * {@return the same patch with a set value transformed, e.g. normalised; clear and unchanged stay}
     *
     * @param <R> the type of the value
     * @param mapper the mapper
     */
    default <R> Patch<R> map(Function<? super T, ? extends @Nullable R> mapper) {
        if (this instanceof Set<T> set) {
            return setOrClear(mapper.apply(set.value()));
        }
        return this instanceof Clear ? clear() : unchanged();
    }

    /** Leave the field as it is. */
    record Unchanged<T>() implements Patch<T> {
        private static final Unchanged<?> INSTANCE = new Unchanged<>();
    }

    /** Remove the field's value. */
    record Clear<T>() implements Patch<T> {
        private static final Clear<?> INSTANCE = new Clear<>();
    }

    /** Give the field this value. */
    record Set<T>(T value) implements Patch<T> {
        /**
         * Refuses {@code null}: {@link Patch#clear()} clears a field.
         *
         * @param value the new value
         */
        public Set {
            Objects.requireNonNull(value, "value; use Patch.clear() to clear a field");
        }
    }
}
