package dev.crmkit.core.company;

import static dev.crmkit.core.query.SortSpec.optional;
import static dev.crmkit.core.query.SortSpec.required;

import dev.crmkit.core.query.SortField;
import dev.crmkit.core.query.SortSpec;
import dev.crmkit.core.query.SortValueType;

/** The fields companies can be sorted by. Text sorts compare code points, identically on every database. */
public enum CompanySort implements SortField<Company> {
    /** Sorts by {@code id}. */
    ID(required("id", SortValueType.LONG, Company::id)),
    /** Sorts by {@code name}. */
    NAME(required("name", SortValueType.STRING, Company::name)),
    /** Sorts by {@code domain}. */
    DOMAIN(optional("domain", SortValueType.STRING, Company::domain)),
    /** Sorts by {@code created_at}. */
    CREATED_AT(required("created_at", SortValueType.INSTANT, Company::createdAt)),
    /** Sorts by {@code updated_at}. */
    UPDATED_AT(required("updated_at", SortValueType.INSTANT, Company::updatedAt));

    private final SortSpec<Company> spec;

    CompanySort(SortSpec<Company> spec) {
        this.spec = spec;
    }

    @Override
    public SortSpec<Company> spec() {
        return spec;
    }
}
