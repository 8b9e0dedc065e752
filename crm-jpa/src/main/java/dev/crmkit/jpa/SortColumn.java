package dev.crmkit.jpa;

import java.util.function.UnaryOperator;

/**
 * Where a sort field lives in JPQL: the attribute path on the alias {@code e}, whether rows may
 * lack a value, and how a cursor's value becomes a parameter of the attribute's type.
 *
 * @param path e.g. {@code e.lastName}
 * @param nullable true when rows may have no value (they sort last ascending, first descending)
 * @param parameter converts the cursor's value, e.g. an {@code Integer} rank to the column's {@code Short}
 */
record SortColumn(String path, boolean nullable, UnaryOperator<Object> parameter) {

    static final SortColumn ID = required("e.id");

    static SortColumn required(String path) {
        return new SortColumn(path, false, UnaryOperator.identity());
    }

    static SortColumn optional(String path) {
        return new SortColumn(path, true, UnaryOperator.identity());
    }

    boolean isId() {
        return path.equals(ID.path());
    }
}
