package dev.crmkit.core.contact;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldQuery;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.query.LikePattern;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.tag.TagNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which contacts to return, in which order, and which page. Start from {@link #all()} and narrow:
 *
 * <pre>{@code
 * ContactQuery.all().withText("acme").sortedBy(ContactSort.LAST_NAME, SortDirection.ASC).limit(20)
 * }</pre>
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} on a filter that is too long.
 *
 * @param text matches contacts whose "first last" name, email or company contains it, ignoring case
 * @param company matches contacts whose company is exactly this
 * @param page sort, limit, cursor and total
 * @param companyId matches contacts linked to this company
 * @param tags matches contacts carrying every one of these tags (their lower-cased keys, see {@link
 *     TagNames}); empty for any
 */
public record ContactQuery(
        @Nullable String text,
        @Nullable String company,
        PageRequest<ContactSort> page,
        @Nullable Long companyId,
        List<String> tags,
        List<CustomFieldFilter> customFields)
        implements PagedQuery<ContactQuery, ContactSort>, CustomFieldQuery<ContactQuery> {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param text matches contacts whose "first last" name, email or company contains it, ignoring case
     * @param company matches contacts whose company is exactly this
     * @param page sort, limit, cursor and total
     * @param companyId matches contacts linked to this company
     * @param tags contacts carrying every one of these tags, in any letter case; normalized to keys
     * @param customFields contacts whose custom fields match every one of these filters
     */
    public ContactQuery {
        customFields = List.copyOf(customFields);
        FieldErrors errors = new FieldErrors();
        tags = TagNames.filterKeys(Objects.requireNonNull(tags, "tags"), errors);
        text = errors.optionalText("text", text, Contact.SEARCH_TEXT_MAX);
        company = errors.optionalText("company", company, Contact.COMPANY_MAX);
        Objects.requireNonNull(page, "page");
        errors.throwIfAny();
    }

    /**
     * A query that does not filter by linked company.
     *
     * @param text matches contacts whose "first last" name, email or company contains it, ignoring case
     * @param company matches contacts whose company is exactly this
     * @param page sort, limit, cursor and total
     */
    public ContactQuery(@Nullable String text, @Nullable String company, PageRequest<ContactSort> page) {
        this(text, company, page, null, List.of(), List.of());
    }

    /**
     * A query that does not filter by custom fields.
     *
     * @param text matches contacts whose "first last" name, email or company contains it, ignoring case
     * @param company matches contacts whose company is exactly this
     * @param page sort, limit, cursor and total
     * @param companyId matches contacts linked to this company
     * @param tags contacts carrying every one of these tags
     */
    public ContactQuery(
            @Nullable String text,
            @Nullable String company,
            PageRequest<ContactSort> page,
            @Nullable Long companyId,
            List<String> tags) {
        this(text, company, page, companyId, tags, List.of());
    }

    /**
     * Only records whose custom fields match every one of these filters; empty for any. The
     * service checks them against the fields' definitions ({@code customFields.<key>} errors).
     *
     * @param customFields the filters
     * @return a copy of this query with the change
     */
    public ContactQuery withCustomFields(List<CustomFieldFilter> customFields) {
        return new ContactQuery(text, company, page, companyId, tags, customFields);
    }

    /**
     * Only contacts linked to this company; {@code null} for any.
     *
     * @param companyId the company's id
     * @return a copy of this query with the change
     */
    public ContactQuery withCompanyId(@Nullable Long companyId) {
        return new ContactQuery(text, company, page, companyId, tags, customFields);
    }

    /**
     * Only contacts carrying every one of these tags, in any letter case; empty for any. Keyset
     * paging works with it as with any filter.
     *
     * @param tags the tag names
     * @return a copy of this query with the change
     */
    public ContactQuery withTags(Collection<String> tags) {
        return new ContactQuery(
                text, company, page, companyId, new ArrayList<>(Objects.requireNonNull(tags, "tags")), customFields);
    }

    /** {@return every contact, by id, first page of {@value PageRequest#DEFAULT_LIMIT}} */
    public static ContactQuery all() {
        return new ContactQuery(null, null, PageRequest.first(ContactSort.ID, SortDirection.ASC));
    }

    /** {@return the {@code LIKE} pattern (escape {@link LikePattern#ESCAPE}) to match against {@link Contact#searchText()}} */
    public Optional<String> textPattern() {
        return Optional.ofNullable(text).map(LikePattern::containsLowerCase);
    }

    /**
     * Only contacts whose name, email or company contains this text, ignoring case; {@code null} for any.
     *
     * @param text the text
     * @return a copy of this query with the change
     */
    public ContactQuery withText(@Nullable String text) {
        return new ContactQuery(text, company, page, companyId, tags, customFields);
    }

    /**
     * Only contacts with this company; {@code null} for any.
     *
     * @param company the company, or {@code null} for none
     * @return a copy of this query with the change
     */
    public ContactQuery withCompany(@Nullable String company) {
        return new ContactQuery(text, company, page, companyId, tags, customFields);
    }

    /**
     * This query with another page request (sort, limit, cursor, total).
     *
     * @param page the sort, limit, cursor and total
     * @return a copy of this query with the change
     */
    public ContactQuery withPage(PageRequest<ContactSort> page) {
        return new ContactQuery(text, company, page, companyId, tags, customFields);
    }
}
