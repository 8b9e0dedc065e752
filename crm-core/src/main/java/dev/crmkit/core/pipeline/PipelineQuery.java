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

    public PipelineQuery {
        Objects.requireNonNull(page, "page");
    }

    /** Every pipeline, oldest first. */
    public static PipelineQuery all() {
        return new PipelineQuery(PageRequest.first(PipelineSort.ID, SortDirection.ASC));
    }

    public PipelineQuery sortedBy(PipelineSort sort, SortDirection direction) {
        return new PipelineQuery(page.withSort(sort, direction));
    }

    public PipelineQuery limit(int limit) {
        return new PipelineQuery(page.withLimit(limit));
    }

    public PipelineQuery after(@Nullable String cursor) {
        return new PipelineQuery(page.withCursor(cursor));
    }

    public PipelineQuery withTotal() {
        return new PipelineQuery(page.withTotal(true));
    }
}
