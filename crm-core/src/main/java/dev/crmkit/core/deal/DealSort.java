package dev.crmkit.core.deal;

import static dev.crmkit.core.query.SortSpec.optional;
import static dev.crmkit.core.query.SortSpec.required;

import dev.crmkit.core.query.SortField;
import dev.crmkit.core.query.SortSpec;
import dev.crmkit.core.query.SortValueType;

/**
 * The fields deals can be sorted by. {@link #AMOUNT} compares amounts regardless of currency;
 * filter by currency first when that matters.
 */
public enum DealSort implements SortField<Deal> {
    /** Sorts by {@code id}. */
    ID(required("id", SortValueType.LONG, Deal::id)),
    /** Sorts by {@code title}. */
    TITLE(required("title", SortValueType.STRING, Deal::title)),
    /** Sorts by {@code amount}. */
    AMOUNT(required("amount", SortValueType.DECIMAL, deal -> deal.value().amount())),
    /** Sorts by {@code expected_close_date}. */
    EXPECTED_CLOSE_DATE(optional("expected_close_date", SortValueType.DATE, Deal::expectedCloseDate)),
    /** Sorts by {@code created_at}. */
    CREATED_AT(required("created_at", SortValueType.INSTANT, Deal::createdAt)),
    /** Sorts by {@code updated_at}. */
    UPDATED_AT(required("updated_at", SortValueType.INSTANT, Deal::updatedAt));

    private final SortSpec<Deal> spec;

    DealSort(SortSpec<Deal> spec) {
        this.spec = spec;
    }

    @Override
    public SortSpec<Deal> spec() {
        return spec;
    }
}
