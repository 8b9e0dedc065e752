package dev.crmkit.core.company;

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
 * Which companies to return, in which order, and which page. Start from {@link #all()} and narrow:
 *
 * <pre>{@code
 * CompanyQuery.all().withText("acme").sortedBy(CompanySort.NAME, SortDirection.ASC).limit(20)
 * }</pre>
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} on a filter that is too long.
 *
 * @param text matches companies whose name or domain contains it, ignoring case
 * @param page sort, limit, cursor and total
 * @param tags matches companies carrying every one of these tags (their lower-cased keys, see {@link
 *     TagNames}); empty for any
 * @param customFields companies whose custom fields match every one of these filters
 */
public record CompanyQuery(
        @Nullable String text, PageRequest<CompanySort> page, List<String> tags, List<CustomFieldFilter> customFields)
        implements PagedQuery<CompanyQuery, CompanySort>, CustomFieldQuery<CompanyQuery> {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param text matches companies whose name or domain contains it, ignoring case
     * @param page sort, limit, cursor and total
     * @param tags companies carrying every one of these tags, in any letter case; normalized to keys
     * @param customFields companies whose custom fields match every one of these filters
     */
    public CompanyQuery {
        customFields = List.copyOf(customFields);
        FieldErrors errors = new FieldErrors();
        tags = TagNames.filterKeys(Objects.requireNonNull(tags, "tags"), errors);
        text = errors.optionalText("text", text, Company.SEARCH_TEXT_MAX);
        Objects.requireNonNull(page, "page");
        errors.throwIfAny();
    }

    /**
     * A query that does not filter by custom fields.
     *
     * @param text matches companies whose name or domain contains it, ignoring case
     * @param page sort, limit, cursor and total
     * @param tags companies carrying every one of these tags
     */
    public CompanyQuery(@Nullable String text, PageRequest<CompanySort> page, List<String> tags) {
        this(text, page, tags, List.of());
    }

    /**
     * A query that does not filter by tag or custom field.
     *
     * @param text matches companies whose name or domain contains it, ignoring case
     * @param page sort, limit, cursor and total
     */
    public CompanyQuery(@Nullable String text, PageRequest<CompanySort> page) {
        this(text, page, List.of(), List.of());
    }

    /**
     * Only records whose custom fields match every one of these filters; empty for any. The
     * service checks them against the fields' definitions ({@code customFields.<key>} errors).
     *
     * @param customFields the filters
     * @return a copy of this query with the change
     */
    public CompanyQuery withCustomFields(List<CustomFieldFilter> customFields) {
        return new CompanyQuery(text, page, tags, customFields);
    }

    /** {@return every company, by id, first page of {@value PageRequest#DEFAULT_LIMIT}} */
    public static CompanyQuery all() {
        return new CompanyQuery(null, PageRequest.first(CompanySort.ID, SortDirection.ASC));
    }

    /**
     * Only companies carrying every one of these tags, in any letter case; empty for any. Keyset
     * paging works with it as with any filter.
     *
     * @param tags the tag names
     * @return a copy of this query with the change
     */
    public CompanyQuery withTags(Collection<String> tags) {
        return new CompanyQuery(text, page, new ArrayList<>(Objects.requireNonNull(tags, "tags")), customFields);
    }

    /** {@return the {@code LIKE} pattern (escape {@link LikePattern#ESCAPE}) to match against {@link Company#searchText()}} */
    public Optional<String> textPattern() {
        return Optional.ofNullable(text).map(LikePattern::containsLowerCase);
    }

    /**
     * Only companies whose name or domain contains this text, ignoring case; {@code null} for any.
     *
     * @param text the text
     * @return a copy of this query with the change
     */
    public CompanyQuery withText(@Nullable String text) {
        return new CompanyQuery(text, page, tags, customFields);
    }

    /**
     * This query with another page request (sort, limit, cursor, total).
     *
     * @param page the sort, limit, cursor and total
     * @return a copy of this query with the change
     */
    public CompanyQuery withPage(PageRequest<CompanySort> page) {
        return new CompanyQuery(text, page, tags, customFields);
    }
}
