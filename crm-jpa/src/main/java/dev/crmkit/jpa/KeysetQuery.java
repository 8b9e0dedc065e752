package dev.crmkit.jpa;

import dev.crmkit.core.query.Keyset;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fetches one page by keyset: the rows strictly after the cursor's (value, id) in the sort order,
 * as {@link Keyset} specifies. The predicates bound the sort column from one side
 * ({@code col >= :value}) so that the database can range-scan the schema's {@code (col, id)}
 * index: a deep page costs what the first page costs.
 */
final class KeysetQuery {

    private KeysetQuery() {}

    /** Up to {@link PageRequest#fetchSize()} entities of {@code entityName} after the cursor, in order. */
    static <E> List<E> rows(
            EntityManager em, Class<E> type, String entityName, JpqlFilter filter, PageRequest<?> page) {
        SortColumn column = SortColumn.of(page.sort(), em.getMetamodel(), type);
        JpqlFilter rows = filter.copy();
        boolean ascending = page.direction() == SortDirection.ASC;
        page.after().ifPresent(keyset -> after(rows, column, ascending, keyset));
        String jpql = "select e from " + entityName + " e" + rows.where() + orderBy(column, ascending);
        return rows.bindTo(em.createQuery(jpql, type))
                .setMaxResults(page.fetchSize())
                .getResultList();
    }

    /** The number of rows matching the filter, ignoring the cursor; {@code null} unless the page asks for it. */
    static @Nullable Long total(EntityManager em, String entityName, JpqlFilter filter, PageRequest<?> page) {
        if (!page.withTotal()) {
            return null;
        }
        String jpql = "select count(e) from " + entityName + " e" + filter.where();
        return filter.bindTo(em.createQuery(jpql, Long.class)).getSingleResult();
    }

    private static void after(JpqlFilter rows, SortColumn column, boolean ascending, Keyset keyset) {
        String col = column.path();
        String after = ascending ? ">" : "<";
        String atOrAfter = ascending ? ">=" : "<=";
        rows.bind("afterId", keyset.id());
        if (column.isId()) {
            rows.and("e.id " + after + " :afterId");
            return;
        }
        Object value = keyset.value();
        if (value == null) {
            // The cursor row had no value: only rows without one remain ascending; descending,
            // those plus every row with a value.
            rows.and(
                    ascending
                            ? "(" + col + " is null and e.id > :afterId)"
                            : "((" + col + " is null and e.id < :afterId) or " + col + " is not null)");
            return;
        }
        rows.bind("afterValue", column.parameter().apply(value));
        String present = col + " " + atOrAfter + " :afterValue and (" + col + " " + after + " :afterValue or e.id "
                + after + " :afterId)";
        rows.and(column.nullable() && ascending ? "((" + present + ") or " + col + " is null)" : "(" + present + ")");
    }

    private static String orderBy(SortColumn column, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        if (column.isId()) {
            return " order by e.id" + direction;
        }
        String nulls = !column.nullable() ? "" : ascending ? " nulls last" : " nulls first";
        return " order by " + column.path() + direction + nulls + ", e.id" + direction;
    }
}
