package dev.crmkit.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads every page of a query, for the rules that act on all related records (delete cascades). */
public final class Pages {

    private Pages() {}

    /**
     * Every row the query matches, read page after page before any of them is changed, so that the
     * caller may then delete or update them without disturbing the walk.
     *
     * @param <T> the type of the value
     * @param page fetches the page after a cursor ({@code null} for the first page)
     * @return every matching row, in the query's order
     */
    public static <T> List<T> all(Function<@Nullable String, Page<T>> page) {
        List<T> rows = new ArrayList<>();
        Page<T> current = page.apply(null);
        rows.addAll(current.items());
        while (current.hasNext()) {
            current = page.apply(current.nextCursor().orElseThrow());
            rows.addAll(current.items());
        }
        return rows;
    }
}
