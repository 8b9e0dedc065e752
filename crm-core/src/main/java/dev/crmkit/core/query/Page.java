package dev.crmkit.core.query;

import dev.crmkit.core.kernel.CrmRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One page of a query's results.
 *
 * @param items the rows, at most the request's limit
 * @param nextCursor pass to the next request to continue; empty on the last page
 * @param total the number of rows matching the query, when the request asked for it
 * @param <T> the record type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor, OptionalLong total) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param items the rows, at most the request's limit
     * @param nextCursor pass to the next request to continue; empty on the last page
     * @param total the number of rows matching the query, when the request asked for it
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(total, "total");
    }

    /**
     * Builds a page from the rows an adapter fetched in the request's order. Fetch {@link
     * PageRequest#fetchSize()} rows (one more than the limit): the extra row, if present, only
     * tells that a next page exists and is dropped.
     *
     * @param <T> the type of the record
     * @param fetched rows in order, at most {@code limit + 1}
     * @param request the request the rows answer
     * @param total the count of all matching rows, or {@code null} when not requested
     * @return the page
     */
    public static <T extends CrmRecord> Page<T> of(
            List<T> fetched, PageRequest<? extends SortField<T>> request, @Nullable Long total) {
        boolean hasNext = fetched.size() > request.limit();
        List<T> items = hasNext ? fetched.subList(0, request.limit()) : fetched;
        Optional<String> next =
                hasNext ? Optional.of(request.cursorAfter(items.get(items.size() - 1))) : Optional.empty();
        return new Page<>(items, next, total == null ? OptionalLong.empty() : OptionalLong.of(total));
    }

    /** {@return whether another page follows this one} */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
