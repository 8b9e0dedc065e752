package dev.crmkit.core.deal;

import static dev.crmkit.core.query.SortSpec.required;

import dev.crmkit.core.query.SortField;
import dev.crmkit.core.query.SortSpec;
import dev.crmkit.core.query.SortValueType;

/** The fields stage changes can be sorted by. */
public enum DealStageChangeSort implements SortField<DealStageChange> {
    /** Sorts by {@code id}. */
    ID(required("id", SortValueType.LONG, DealStageChange::id)),
    /** Sorts by when the deal moved (kept in the column {@code created_at}: the row is written when it moves). */
    CHANGED_AT(SortSpec.<DealStageChange>required("changed_at", SortValueType.INSTANT, DealStageChange::changedAt)
            .onColumn("created_at"));

    private final SortSpec<DealStageChange> spec;

    DealStageChangeSort(SortSpec<DealStageChange> spec) {
        this.spec = spec;
    }

    @Override
    public SortSpec<DealStageChange> spec() {
        return spec;
    }
}
