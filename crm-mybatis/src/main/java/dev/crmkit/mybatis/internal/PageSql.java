package dev.crmkit.mybatis.internal;

import dev.crmkit.core.query.Keyset;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page's order and starting point, in the shape the shared fragments of {@code Paging.xml}
 * read. The column comes from the aggregate's sort allow-list, mapped by its repository; it is the
 * only text the mappers paste into SQL.
 *
 * @param column the sort column, from the allow-list
 * @param byId true when sorting by the id alone
 * @param descending the direction, also of the id tie-breaker
 * @param nullable whether rows may lack a value in {@code column}
 * @param after whether the page continues after a keyset (not the first page)
 * @param afterNull whether the last row of the previous page had no value
 * @param value the last row's sort value, bound as a parameter
 * @param instant whether {@code value} is an instant, bound through {@link UtcInstantTypeHandler}
 * @param afterId the last row's id
 * @param fetchSize rows to fetch: the limit plus one, to learn whether a next page exists
 * @param valuesPart whether rows with a value can be on this page
 * @param nullsPart whether rows without a value can be on this page (nullable columns only)
 */
public record PageSql(
        String column,
        boolean byId,
        boolean descending,
        boolean nullable,
        boolean after,
        boolean afterNull,
        @Nullable Object value,
        boolean instant,
        long afterId,
        int fetchSize,
        boolean valuesPart,
        boolean nullsPart)
        implements OgnlRecord {

    /** The statement's parts for {@code request}, whose sort carries its allow-listed column. */
    public static PageSql of(PageRequest<?> request) {
        String column = request.sort().column();
        Optional<Keyset> keyset = request.after();
        Object value = keyset.map(Keyset::value).orElse(null);
        boolean descending = request.direction() == SortDirection.DESC;
        boolean nullable = request.sort().nullable();
        boolean afterNull = keyset.isPresent() && value == null;
        // Ascending, rows without a value come last: after one of them, no row with a value is left.
        // Descending, they come first: after a row with a value, none of them is left.
        boolean valuesPart = descending || !afterNull;
        boolean nullsPart = nullable && (!descending || keyset.isEmpty() || afterNull);
        return new PageSql(
                column,
                column.equals("id"),
                descending,
                nullable,
                keyset.isPresent(),
                afterNull,
                value,
                value instanceof Instant,
                keyset.map(Keyset::id).orElse(0L),
                request.fetchSize(),
                valuesPart,
                nullsPart);
    }
}
