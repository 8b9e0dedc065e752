package dev.crmkit.core.pipeline;

import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which page of pipelines to return, in which order.
 *
 * @param page sort, limit, cursor and total
 */
public record PipelineQuery(PageRequest<PipelineSort> page) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param page sort, limit, cursor and total
     */
    public PipelineQuery {
        Objects.requireNonNull(page, "page");
    }

    /** {@return every pipeline, oldest first} */
    public static PipelineQuery all() {
        return new PipelineQuery(PageRequest.first(PipelineSort.ID, SortDirection.ASC));
    }

    /**
     * Sorts by {@code sort}; resets the cursor.
     *
     * @param sort the field to sort by
     * @param direction ascending or descending
     * @return a copy of this query with the sort
     */
    public PipelineQuery sortedBy(PipelineSort sort, SortDirection direction) {
        return new PipelineQuery(page.withSort(sort, direction));
    }

    /**
     * At most {@code limit} rows per page.
     *
     * @param limit rows per page, 1 to 500
     * @return a copy of this query with the change
     */
    public PipelineQuery limit(int limit) {
        return new PipelineQuery(page.withLimit(limit));
    }

    /**
     * Continues after the page that returned {@code cursor}.
     *
     * @param cursor the cursor of the previous page, or {@code null} for the first page
     * @return a copy of this query with the cursor
     */
    public PipelineQuery after(@Nullable String cursor) {
        return new PipelineQuery(page.withCursor(cursor));
    }

    /**
     * Only pipelines with this total; {@code null} for any.
     *
     * @return a copy of this query with the change
     */
    public PipelineQuery withTotal() {
        return new PipelineQuery(page.withTotal(true));
    }
}
