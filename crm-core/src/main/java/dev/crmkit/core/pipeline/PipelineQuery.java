package dev.crmkit.core.pipeline;

import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortDirection;
import java.util.Objects;

/**
 * Which page of pipelines to return, in which order.
 *
 * @param page sort, limit, cursor and total
 */
public record PipelineQuery(PageRequest<PipelineSort> page) implements PagedQuery<PipelineQuery, PipelineSort> {

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

    @Override
    public PipelineQuery withPage(PageRequest<PipelineSort> page) {
        return new PipelineQuery(page);
    }
}
