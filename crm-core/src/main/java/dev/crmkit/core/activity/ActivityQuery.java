package dev.crmkit.core.activity;

import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortDirection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which activities to return, in which order, and which page. Every filter given must match.
 * Start from {@link #all()} (newest first) and narrow:
 *
 * <pre>{@code
 * ActivityQuery.all().withContact(contactId).withTypes(Set.of(ActivityType.CALL))
 * }</pre>
 *
 * @param types activities of one of these types; empty means any
 * @param contactId activities linked to this contact
 * @param companyId activities linked to this company
 * @param dealId activities linked to this deal
 * @param page sort, limit, cursor and total
 */
public record ActivityQuery(
        Set<ActivityType> types,
        @Nullable Long contactId,
        @Nullable Long companyId,
        @Nullable Long dealId,
        PageRequest<ActivitySort> page)
        implements PagedQuery<ActivityQuery, ActivitySort> {

    /**
     * Copies the set of types.
     *
     * @param types the types to keep; empty for any
     * @param contactId the contact's id, or {@code null} for any
     * @param companyId the company's id, or {@code null} for any
     * @param dealId the deal's id, or {@code null} for any
     * @param page the sort, limit, cursor and total
     */
    public ActivityQuery {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        Objects.requireNonNull(page, "page");
    }

    /** {@return every activity, newest first by {@code occurredAt}, first page of {@value PageRequest#DEFAULT_LIMIT}} */
    public static ActivityQuery all() {
        return new ActivityQuery(
                Set.of(), null, null, null, PageRequest.first(ActivitySort.OCCURRED_AT, SortDirection.DESC));
    }

    /**
     * Only activities of one of these types; empty for any.
     *
     * @param types the types to keep
     * @return a copy of this query with the change
     */
    public ActivityQuery withTypes(Set<ActivityType> types) {
        return new ActivityQuery(types, contactId, companyId, dealId, page);
    }

    /**
     * Only activities linked to this contact; {@code null} for any.
     *
     * @param contactId the contact's id
     * @return a copy of this query with the change
     */
    public ActivityQuery withContact(@Nullable Long contactId) {
        return new ActivityQuery(types, contactId, companyId, dealId, page);
    }

    /**
     * Only activities linked to this company; {@code null} for any.
     *
     * @param companyId the company's id
     * @return a copy of this query with the change
     */
    public ActivityQuery withCompany(@Nullable Long companyId) {
        return new ActivityQuery(types, contactId, companyId, dealId, page);
    }

    /**
     * Only activities linked to this deal; {@code null} for any.
     *
     * @param dealId the deal's id
     * @return a copy of this query with the change
     */
    public ActivityQuery withDeal(@Nullable Long dealId) {
        return new ActivityQuery(types, contactId, companyId, dealId, page);
    }

    /**
     * This query with another page request (sort, limit, cursor, total).
     *
     * @param page the sort, limit, cursor and total
     * @return a copy of this query with the change
     */
    public ActivityQuery withPage(PageRequest<ActivitySort> page) {
        return new ActivityQuery(types, contactId, companyId, dealId, page);
    }
}
