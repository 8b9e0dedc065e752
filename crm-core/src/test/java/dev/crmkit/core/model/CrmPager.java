package dev.crmkit.core.model;

import dev.crmkit.core.query.Page;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Pages through a query of the CRM under test by its own opaque cursors. */
final class CrmPager<T> implements Pager {

    private final Function<@Nullable String, Page<T>> query;
    private final Function<T, Object> toLogical;
    private @Nullable String cursor;
    private boolean exhausted;

    /** @param query the query continued after a cursor ({@code null}: the first page) */
    CrmPager(Function<@Nullable String, Page<T>> query, Function<T, Object> toLogical) {
        this.query = query;
        this.toLogical = toLogical;
    }

    @Override
    public PageView next() {
        Page<T> page = query.apply(cursor);
        cursor = page.nextCursor().orElse(null);
        exhausted = cursor == null;
        return new PageView(
                page.items().stream().map(toLogical).toList(),
                page.hasNext(),
                page.total().isPresent() ? page.total().getAsLong() : null);
    }

    @Override
    public boolean exhausted() {
        return exhausted;
    }
}
