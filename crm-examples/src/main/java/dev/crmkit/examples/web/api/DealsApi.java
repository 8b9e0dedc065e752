package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/deals}: deals in the stages of their pipelines. */
@CrudController(
        plural = "deals",
        create = "Without pipeline_id the oldest pipeline; without status its"
                + " first open stage; without currency the app's default currency.",
        replace = "title, amount, currency, pipeline_id and status are required.",
        patch = "{\"status\": \"won\"} moves it to a stage.",
        delete = "Its tasks stay, without a deal.")
class DealsApi extends TaggedCrudApi<Deal, DealJson, DealQuery> {

    DealsApi(Crm crm) {
        super(crm, crm.deals(), DealJson.CODEC);
    }

    @GetMapping
    @Operation(description = "Every filter given must match. outcome is open, won or lost")
    PageJson<DealJson> list(
            @RequestParam(name = "pipeline_id", required = false) @Nullable Long pipelineId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(name = "contact_id", required = false) @Nullable Long contactId,
            @RequestParam(name = "min_amount", required = false) @Nullable BigDecimal minAmount,
            @RequestParam(name = "max_amount", required = false) @Nullable BigDecimal maxAmount,
            @RequestParam(required = false) @Nullable String currency,
            @RequestParam(required = false) @Nullable String outcome,
            PageRequest<DealSort> page,
            @RequestParam(name = TAG, required = false) @Nullable List<String> tag,
            @RequestParam(name = "company_id", required = false) @Nullable Long companyId,
            CustomFieldParams customFields) {
        Ranges.checkAmount("min_amount", minAmount);
        Ranges.checkAmount("max_amount", maxAmount);
        return Ranges.naming(
                "min_amount",
                minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0,
                "must not be greater than max_amount",
                () -> list(
                        customFields,
                        () -> new DealQuery(
                                pipelineId,
                                status,
                                contactId,
                                minAmount,
                                maxAmount,
                                currency,
                                outcome == null || outcome.isBlank() ? null : Keys.outcome(outcome),
                                page,
                                companyId,
                                tags(tag),
                                customFields.filters())));
    }
}
