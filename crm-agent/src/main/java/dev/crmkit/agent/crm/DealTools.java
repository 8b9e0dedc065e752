package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.DealView;
import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.service.DealService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The deal tools. A deal's {@code status} is the key of a stage of its pipeline; it changes through
 * {@code move_deal}, which also records why a deal was lost. Thread-safe.
 */
record DealTools(DealService deals) {

    static final ByIdTools<DealTools, Deal> BY_ID = ByIdTools.of(
                    "deal", DealTools::deals, deal -> DealView.of(deal, true))
            .deleting("Delete a deal; its tasks stay, without the deal.");

    @Tool(
            name = "create_deal",
            value = "Create a deal, by default in the first stage of the oldest pipeline. "
                    + "Example: {\"title\": \"Website redesign\", \"amount\": 5000, \"contactId\": 12}")
    DealView createDeal(
            @P("deal title") @MaxLength(Deal.TITLE_MAX) String title,
            @P("pipeline id; default the oldest pipeline") @Nullable Long pipelineId,
            @P("id of the contact the deal is with") @Nullable Long contactId,
            @P("value, e.g. 5000 or 1250.50") @Nullable BigDecimal amount,
            @P("currency code, e.g. USD or EUR") @CurrencyCode @Nullable String currency,
            @P("stage key, e.g. lead; default the first stage") @StageKey @Nullable String status,
            @P("expected close date, YYYY-MM-DD") @IsoDate @Nullable String expectedCloseDate,
            @P("description") @FreeText @Nullable String description,
            @P("id of the company the deal is with") @Nullable Long companyId,
            CustomFieldArguments custom) {
        NewDeal command = NewDeal.builder(title)
                .companyId(companyId)
                .pipelineId(pipelineId)
                .contactId(contactId)
                .amount(amount)
                .currency(currency)
                .status(status)
                .expectedCloseDate(ToolArguments.date("expectedCloseDate", expectedCloseDate))
                .description(description)
                .build();
        return DealView.of(deals.create(command, custom.values()), true);
    }

    @Tool(
            name = "search_deals",
            value = "Find deals; every filter given must match. Example: "
                    + "{\"pipelineId\": 1, \"outcome\": \"open\"}")
    PageView<DealView> searchDeals(
            @P("pipeline id") @Nullable Long pipelineId,
            @P("stage key, e.g. proposal") @StageKey @Nullable String status,
            @P("contact id") @Nullable Long contactId,
            @P("smallest value") @Nullable BigDecimal minAmount,
            @P("largest value") @Nullable BigDecimal maxAmount,
            @P("currency code, e.g. USD") @CurrencyCode @Nullable String currency,
            @P("open, won or lost") @Nullable StageOutcome outcome,
            TagFilter tag,
            SortedPaging<DealSort> paging) {
        DealQuery query = DealQuery.all()
                .inPipeline(pipelineId)
                .withStatus(status)
                .withContact(contactId)
                .withAmountBetween(minAmount, maxAmount)
                .withCurrency(currency)
                .withOutcome(outcome)
                .withTags(tag.tags())
                .withPage(paging.request(DealSort.ID));
        return PageView.of(deals.find(query), deal -> DealView.of(deal, false));
    }

    @Tool(
            name = "update_deal",
            value = "Change a deal. Only the fields given change; contactId 0 removes the "
                    + "contact, an empty expectedCloseDate or description clears it. To change the stage use move_deal. "
                    + "Example: {\"id\": 7, \"amount\": 6000}")
    DealView updateDeal(
            @P("deal id") long id,
            @P("new title") @MaxLength(Deal.TITLE_MAX) Patch<String> title,
            @P("new value") Patch<BigDecimal> amount,
            @P("new currency code") @CurrencyCode Patch<String> currency,
            @P("new contact id, 0 for none") Patch<Long> contactId,
            @P("new expected close date, YYYY-MM-DD") @IsoDate Patch<String> expectedCloseDate,
            @P("new description") @FreeText Patch<String> description,
            @P("new company id, 0 for none") Patch<Long> companyId,
            CustomFieldArguments custom) {
        // The stage, and with it the lost reason, changes through move_deal; the pipeline not at all.
        DealUpdate update = new DealUpdate(
                title,
                description,
                amount,
                currency,
                Patch.unchanged(),
                Patch.unchanged(),
                ToolArguments.link(contactId),
                ToolArguments.date("expectedCloseDate", expectedCloseDate),
                Patch.unchanged(),
                null,
                ToolArguments.link(companyId));
        return DealView.of(deals.update(id, update, custom.customFields()), true);
    }

    @Tool(
            name = "move_deal",
            value = "Move a deal to another stage of its pipeline, e.g. to won. "
                    + "Example: {\"id\": 7, \"status\": \"proposal\"}")
    DealView moveDeal(
            @P("deal id") long id,
            @P("key of the new stage, e.g. qualified, won or lost") @StageKey String status,
            @P("why the deal was lost; only with a lost stage") @MaxLength(Deal.LOST_REASON_MAX) @Nullable
                    String lostReason) {
        return DealView.of(deals.moveToStage(id, status, lostReason), true);
    }
}
