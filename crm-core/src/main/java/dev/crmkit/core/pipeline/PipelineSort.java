package dev.crmkit.core.pipeline;

import static dev.crmkit.core.query.SortSpec.required;

import dev.crmkit.core.query.SortField;
import dev.crmkit.core.query.SortSpec;
import dev.crmkit.core.query.SortValueType;

/** The fields pipelines can be sorted by. */
public enum PipelineSort implements SortField<Pipeline> {
    /** Sorts by {@code id}. */
    ID(required("id", SortValueType.LONG, Pipeline::id)),
    /** Sorts by {@code name}. */
    NAME(required("name", SortValueType.STRING, Pipeline::name)),
    /** Sorts by {@code created_at}. */
    CREATED_AT(required("created_at", SortValueType.INSTANT, Pipeline::createdAt));

    private final SortSpec<Pipeline> spec;

    PipelineSort(SortSpec<Pipeline> spec) {
        this.spec = spec;
    }

    @Override
    public SortSpec<Pipeline> spec() {
        return spec;
    }
}
