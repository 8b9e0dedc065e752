package dev.crmkit.core.query;

import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.ValidationException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which page of a query to return: the sort, its direction, how many rows, where to continue
 * from, and whether to count all matching rows.
 *
 * <p>Construction throws {@link ValidationException} on {@code limit} or {@code cursor}.
 *
 * @param sort the sort field, from the aggregate's allow-list
 * @param direction ascending or descending; the id tie-breaker follows it
 * @param limit rows per page, {@value #MIN_LIMIT}–{@value #MAX_LIMIT}
 * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first page
 * @param withTotal whether to count every matching row ({@link Page#total()}); costs a second query
 * @param <S> the aggregate's sort enum
 */
public record PageRequest<S extends SortField<?>>(
        S sort,
        SortDirection direction,
        int limit,
        @Nullable String cursor,
        boolean withTotal) {

    /** The fewest rows a page may ask for. */
    public static final int MIN_LIMIT = 1;
    /** The most rows a page may ask for. */
    public static final int MAX_LIMIT = 500;
    /** Rows per page unless the caller says otherwise. */
    public static final int DEFAULT_LIMIT = 50;

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param sort the sort field, from the aggregate's allow-list
     * @param direction ascending or descending; the id tie-breaker follows it
     * @param limit rows per page, {@value #MIN_LIMIT}–{@value #MAX_LIMIT}
     * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the first page
     * @param withTotal whether to count every matching row ({@link Page#total()}); costs a second query
     */
    public PageRequest {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(direction, "direction");
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between " + MIN_LIMIT + " and " + MAX_LIMIT);
        }
        if (cursor != null) {
            Cursors.decode(cursor, sort, direction);
        }
    }

    /**
     * {@return the first page of {@value #DEFAULT_LIMIT} rows in this order, without a total}
     *
     * @param <S> the type of the value
     * @param sort the field to sort by
     * @param direction ascending or descending
     */
    public static <S extends SortField<?>> PageRequest<S> first(S sort, SortDirection direction) {
        return new PageRequest<>(sort, direction, DEFAULT_LIMIT, null, false);
    }

    /** {@return where this page starts: after the row the cursor points at; empty for the first page} */
    public Optional<Keyset> after() {
        return cursor == null ? Optional.empty() : Optional.of(Cursors.decode(cursor, sort, direction));
    }

    /**
     * This with another sort.
     *
     * @param sort the field to sort by
     * @param direction ascending or descending
     * @return a copy of this request with the change
     */
    public PageRequest<S> withSort(S sort, SortDirection direction) {
        return new PageRequest<>(sort, direction, limit, null, withTotal);
    }

    /**
     * This with another limit.
     *
     * @param limit rows per page, 1 to 500
     * @return a copy of this request with the change
     */
    public PageRequest<S> withLimit(int limit) {
        return new PageRequest<>(sort, direction, limit, cursor, withTotal);
    }

    /**
     * Continue after the page that returned {@code cursor}; {@code null} means the first page.
     *
     * @param cursor the cursor of the previous page, or {@code null} for the first page
     * @return a copy of this request with the change
     */
    public PageRequest<S> withCursor(@Nullable String cursor) {
        return new PageRequest<>(sort, direction, limit, cursor, withTotal);
    }

    /**
     * This with another total.
     *
     * @param withTotal whether to count every matching row
     * @return a copy of this request with the change
     */
    public PageRequest<S> withTotal(boolean withTotal) {
        return new PageRequest<>(sort, direction, limit, cursor, withTotal);
    }

    /** {@return the number of rows an adapter should fetch: one more than the limit, to learn whether a next page exists} */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Continue after a position the caller computed rather than read from a page: rows strictly
     * after {@code (value, id)} in this order. The timeline merges several sources this way: it
     * positions each source's own keyset query at the merged cursor.
     *
     * @param keyset the sort value (of the sort's type) and the id to continue after; any id is
     *     allowed, e.g. {@link Long#MIN_VALUE} to keep every row of that value in a descending order
     * @return a copy of this request with the change
     */
    public PageRequest<S> afterKeyset(Keyset keyset) {
        return withCursor(Cursors.encode(sort, direction, keyset));
    }

    /** Encodes the cursor that continues after {@code lastRow}. */
    @SuppressWarnings("unchecked")
    <T extends CrmRecord> String cursorAfter(T lastRow) {
        return Cursors.encode((SortField<T>) sort, direction, lastRow);
    }
}
