package dev.crmkit.core.contact;

import static dev.crmkit.core.query.SortSpec.optional;
import static dev.crmkit.core.query.SortSpec.required;

import dev.crmkit.core.query.SortField;
import dev.crmkit.core.query.SortSpec;
import dev.crmkit.core.query.SortValueType;

/** The fields contacts can be sorted by. Text sorts compare code points, identically on every database. */
public enum ContactSort implements SortField<Contact> {
    /** Sorts by {@code id}. */
    ID(required("id", SortValueType.LONG, Contact::id)),
    /** Sorts by {@code last_name}. */
    LAST_NAME(required("last_name", SortValueType.STRING, Contact::lastName)),
    /** Sorts by {@code email}. */
    EMAIL(required("email", SortValueType.STRING, Contact::email)),
    /** Sorts by {@code company}. */
    COMPANY(optional("company", SortValueType.STRING, Contact::company)),
    /** Sorts by {@code created_at}. */
    CREATED_AT(required("created_at", SortValueType.INSTANT, Contact::createdAt)),
    /** Sorts by {@code updated_at}. */
    UPDATED_AT(required("updated_at", SortValueType.INSTANT, Contact::updatedAt));

    private final SortSpec<Contact> spec;

    ContactSort(SortSpec<Contact> spec) {
        this.spec = spec;
    }

    @Override
    public SortSpec<Contact> spec() {
        return spec;
    }
}
