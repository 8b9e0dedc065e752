package dev.crmkit.core.deal;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldQuery;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.PagedQuery;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.tag.TagNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which deals to return, in which order, and which page. Every filter given must match. Start
 * from {@link #all()} and narrow:
 *
 * <pre>{@code
 * DealQuery.all().inPipeline(7).withOutcome(StageOutcome.OPEN).sortedBy(DealSort.AMOUNT, SortDirection.DESC)
 * }</pre>
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} on an invalid filter.
 *
 * @param pipelineId deals of this pipeline
 * @param status deals in the stage with this key (usually with {@code pipelineId})
 * @param contactId deals with this contact
 * @param minAmount deals whose amount is at least this (in whatever currency); like {@code
 *     maxAmount}, a value {@code NUMERIC(19,4)} holds ({@link dev.crmkit.core.kernel.StorageLimits#AMOUNT_RULE})
 * @param maxAmount deals whose amount is at most this
 * @param currency deals in this ISO 4217 currency
 * @param outcome deals whose stage has this outcome: open, won or lost
 * @param page sort, limit, cursor and total
 * @param companyId deals with this company
 * @param tags deals carrying every one of these tags (their lower-cased keys, see {@link TagNames});
 *     empty for any
 */
public record DealQuery(
        @Nullable Long pipelineId,
        @Nullable String status,
        @Nullable Long contactId,
        @Nullable BigDecimal minAmount,
        @Nullable BigDecimal maxAmount,
        @Nullable String currency,
        @Nullable StageOutcome outcome,
        PageRequest<DealSort> page,
        @Nullable Long companyId,
        List<String> tags,
        List<CustomFieldFilter> customFields)
        implements PagedQuery<DealQuery, DealSort>, CustomFieldQuery<DealQuery> {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param pipelineId deals of this pipeline
     * @param status deals in the stage with this key (usually with {@code pipelineId})
     * @param contactId deals with this contact
     * @param minAmount deals whose amount is at least this (in whatever currency); like {@code maxAmount}, a value {@code NUMERIC(19,4)} holds ({@link dev.crmkit.core.kernel.StorageLimits#AMOUNT_RULE})
     * @param maxAmount deals whose amount is at most this
     * @param currency deals in this ISO 4217 currency
     * @param outcome deals whose stage has this outcome: open, won or lost
     * @param page sort, limit, cursor and total
     * @param companyId deals with this company
     * @param tags deals carrying every one of these tags, in any letter case; normalized to keys
     * @param customFields deals whose custom fields match every one of these filters
     */
    public DealQuery {
        customFields = List.copyOf(customFields);
        FieldErrors errors = new FieldErrors();
        tags = TagNames.filterKeys(Objects.requireNonNull(tags, "tags"), errors);
        status = status == null ? null : errors.optionalText("status", status.toLowerCase(Locale.ROOT), Stage.KEY_MAX);
        currency = errors.currency("currency", currency);
        minAmount = errors.amount("minAmount", minAmount);
        maxAmount = errors.amount("maxAmount", maxAmount);
        errors.check(
                minAmount == null || maxAmount == null || minAmount.compareTo(maxAmount) <= 0,
                "minAmount",
                "must not be greater than the maximum amount");
        Objects.requireNonNull(page, "page");
        errors.throwIfAny();
    }

    /**
     * A query that does not filter by company.
     *
     * @param pipelineId deals of this pipeline
     * @param status deals in the stage with this key
     * @param contactId deals with this contact
     * @param minAmount deals whose amount is at least this
     * @param maxAmount deals whose amount is at most this
     * @param currency deals in this currency
     * @param outcome deals whose stage has this outcome
     * @param page sort, limit, cursor and total
     */
    public DealQuery(
            @Nullable Long pipelineId,
            @Nullable String status,
            @Nullable Long contactId,
            @Nullable BigDecimal minAmount,
            @Nullable BigDecimal maxAmount,
            @Nullable String currency,
            @Nullable StageOutcome outcome,
            PageRequest<DealSort> page) {
        this(pipelineId, status, contactId, minAmount, maxAmount, currency, outcome, page, null, List.of(), List.of());
    }

    /**
     * A query that does not filter by custom fields.
     *
     * @param pipelineId deals of this pipeline
     * @param status deals in the stage with this key
     * @param contactId deals with this contact
     * @param minAmount deals whose amount is at least this
     * @param maxAmount deals whose amount is at most this
     * @param currency deals in this currency
     * @param outcome deals whose stage has this outcome
     * @param page sort, limit, cursor and total
     * @param companyId deals with this company
     * @param tags deals carrying every one of these tags
     */
    public DealQuery(
            @Nullable Long pipelineId,
            @Nullable String status,
            @Nullable Long contactId,
            @Nullable BigDecimal minAmount,
            @Nullable BigDecimal maxAmount,
            @Nullable String currency,
            @Nullable StageOutcome outcome,
            PageRequest<DealSort> page,
            @Nullable Long companyId,
            List<String> tags) {
        this(pipelineId, status, contactId, minAmount, maxAmount, currency, outcome, page, companyId, tags, List.of());
    }

    /**
     * Only records whose custom fields match every one of these filters; empty for any. The
     * service checks them against the fields' definitions ({@code customFields.<key>} errors).
     *
     * @param customFields the filters
     * @return a copy of this query with the change
     */
    public DealQuery withCustomFields(List<CustomFieldFilter> customFields) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                tags,
                customFields);
    }

    /**
     * Only deals carrying every one of these tags, in any letter case; empty for any. Keyset
     * paging works with it as with any filter.
     *
     * @param tags the tag names
     * @return a copy of this query with the change
     */
    public DealQuery withTags(Collection<String> tags) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                new ArrayList<>(Objects.requireNonNull(tags, "tags")),
                customFields);
    }

    /**
     * Only deals with this company; {@code null} for any.
     *
     * @param companyId the company's id
     * @return a copy of this query with the change
     */
    public DealQuery withCompany(@Nullable Long companyId) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                tags,
                customFields);
    }

    /** {@return every deal, by id, first page of {@value PageRequest#DEFAULT_LIMIT}} */
    public static DealQuery all() {
        return new DealQuery(
                null, null, null, null, null, null, null, PageRequest.first(DealSort.ID, SortDirection.ASC));
    }

    /**
     * Only deals in this pipeline; {@code null} for any.
     *
     * @param pipelineId the pipeline's id
     * @return a copy of this query with the change
     */
    public DealQuery inPipeline(@Nullable Long pipelineId) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                tags,
                customFields);
    }

    /**
     * Only deals with this status; {@code null} for any.
     *
     * @param status the status
     * @return a copy of this query with the change
     */
    public DealQuery withStatus(@Nullable String status) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                tags,
                customFields);
    }

    /**
     * Only deals with this contact; {@code null} for any.
     *
     * @param contactId the contact's id, or {@code null} for none
     * @return a copy of this query with the change
     */
    public DealQuery withContact(@Nullable Long contactId) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                tags,
                customFields);
    }

    /**
     * Deals whose amount lies in [min, max]; either bound may be {@code null}.
     *
     * @param min the lowest amount, or {@code null}
     * @param max the longest text allowed, in code points
     * @return a copy of this query with the change
     */
    public DealQuery withAmountBetween(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        return new DealQuery(
                pipelineId, status, contactId, min, max, currency, outcome, page, companyId, tags, customFields);
    }

    /**
     * Only deals with this currency; {@code null} for any.
     *
     * @param currency the currency
     * @return a copy of this query with the change
     */
    public DealQuery withCurrency(@Nullable String currency) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                tags,
                customFields);
    }

    /**
     * Only deals with this outcome; {@code null} for any.
     *
     * @param outcome the outcome, or {@code null} for any
     * @return a copy of this query with the change
     */
    public DealQuery withOutcome(@Nullable StageOutcome outcome) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                tags,
                customFields);
    }

    /**
     * This query with another page request (sort, limit, cursor, total).
     *
     * @param page the sort, limit, cursor and total
     * @return a copy of this query with the change
     */
    public DealQuery withPage(PageRequest<DealSort> page) {
        return new DealQuery(
                pipelineId,
                status,
                contactId,
                minAmount,
                maxAmount,
                currency,
                outcome,
                page,
                companyId,
                tags,
                customFields);
    }
}
