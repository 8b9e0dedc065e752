package dev.crmkit.jpa;

import dev.crmkit.core.query.LikePattern;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@code where} clause of a query built from optional filters. Conditions are fixed JPQL
 * written by the adapter; every value a caller supplies is bound as a parameter, never pasted in.
 */
final class JpqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition with no parameter. */
    JpqlFilter and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition that refers to {@code :name}. */
    JpqlFilter and(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Adds a condition that refers to {@code :name} when the filter value is given; nothing when it is null. */
    JpqlFilter andIfGiven(String condition, String name, @Nullable Object value) {
        return value == null ? this : and(condition, name, value);
    }

    /** Adds {@code e.searchText like :text} when there is a pattern ({@link LikePattern#ESCAPE} escapes); nothing without. */
    JpqlFilter andSearchText(Optional<String> pattern) {
        pattern.ifPresent(like -> and("e.searchText like :text escape '" + LikePattern.ESCAPE + "'", "text", like));
        return this;
    }

    /** Adds {@code e.field in :name} when there are values; nothing when there are none (no filter). */
    JpqlFilter andIn(String field, String name, Collection<?> values) {
        return values.isEmpty() ? this : and("e." + field + " in :" + name, name, values);
    }

    /** Binds a parameter used by a condition added with {@link #and(String)}. */
    JpqlFilter bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    JpqlFilter copy() {
        JpqlFilter copy = new JpqlFilter();
        copy.conditions.addAll(conditions);
        copy.parameters.putAll(parameters);
        return copy;
    }

    /** {@code ""} or {@code " where a and b"}. */
    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    <T> TypedQuery<T> bindTo(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
