package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.query.Page;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: the items, the cursor to pass as {@code cursor} for the next page (absent on
 * the last one), and the number of all matches when {@code total=true} was asked.
 *
 * @param <T> the item type
 */
public record PageJson<T>(
        List<T> items,
        @JsonProperty("next_cursor") @Nullable String nextCursor,
        @Nullable Long total) {

    static <R, T> PageJson<T> of(Page<R> page, Function<R, T> mapper) {
        return new PageJson<>(
                page.items().stream().map(mapper).toList(),
                page.nextCursor().orElse(null),
                page.total().isPresent() ? page.total().getAsLong() : null);
    }
}
