package dev.crmkit.jpa;

import dev.crmkit.core.query.SortField;
import jakarta.persistence.metamodel.Metamodel;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where a sort field lives in JPQL: the attribute path on the alias {@code e}, whether rows may
 * lack a value, and how a cursor's value becomes a parameter of the attribute's type. Derived from
 * the sort field's schema column ({@link SortField#column()}), which every entity maps to the
 * attribute of the same name in camel case ({@code priority_rank} → {@code priorityRank}).
 *
 * @param path e.g. {@code e.lastName}
 * @param nullable true when rows may have no value (they sort last ascending, first descending)
 * @param parameter converts the cursor's value, e.g. an {@code Integer} rank to the column's {@code Short}
 */
record SortColumn(String path, boolean nullable, UnaryOperator<Object> parameter) {

    static final SortColumn ID = new SortColumn("e.id", false, UnaryOperator.identity());

    /** The attribute of {@code entity} that {@code sort}'s column maps to. */
    static SortColumn of(SortField<?> sort, Metamodel metamodel, Class<?> entity) {
        if (sort.column().equals("id")) {
            return ID;
        }
        String attribute = camelCase(sort.column());
        Class<?> type = metamodel.entity(entity).getAttribute(attribute).getJavaType();
        UnaryOperator<Object> parameter = type == short.class || type == Short.class
                ? value -> ((Number) value).shortValue()
                : UnaryOperator.identity();
        return new SortColumn("e." + attribute, sort.nullable(), parameter);
    }

    boolean isId() {
        return path.equals(ID.path());
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
