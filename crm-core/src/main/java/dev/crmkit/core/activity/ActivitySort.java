package dev.crmkit.core.activity;

import static dev.crmkit.core.query.SortSpec.required;

import dev.crmkit.core.query.SortField;
import dev.crmkit.core.query.SortSpec;
import dev.crmkit.core.query.SortValueType;

/** The fields activities can be sorted by. */
public enum ActivitySort implements SortField<Activity> {
    /** Sorts by {@code id}. */
    ID(required("id", SortValueType.LONG, Activity::id)),
    /** Sorts by {@code occurred_at}: the timeline's order. */
    OCCURRED_AT(required("occurred_at", SortValueType.INSTANT, Activity::occurredAt)),
    /** Sorts by {@code created_at}. */
    CREATED_AT(required("created_at", SortValueType.INSTANT, Activity::createdAt)),
    /** Sorts by {@code updated_at}. */
    UPDATED_AT(required("updated_at", SortValueType.INSTANT, Activity::updatedAt));

    private final SortSpec<Activity> spec;

    ActivitySort(SortSpec<Activity> spec) {
        this.spec = spec;
    }

    @Override
    public SortSpec<Activity> spec() {
        return spec;
    }
}
