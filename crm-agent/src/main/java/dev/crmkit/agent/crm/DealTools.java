package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.DealView;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.service.CustomFieldService;
import dev.crmkit.core.service.DealService;
import dev.crmkit.core.service.PipelineService;
import dev.langchain4j.agent.tool.Tool;

/**
 * The deal tools: those declared alike ({@link AggregateTools}) and {@code move_deal};
 * their parameters, field by field, are {@link DealArguments}. A deal's {@code status} is the key of a
 * stage of its pipeline; it changes through {@code move_deal}, which also records why a deal was lost.
 * Thread-safe.
 */
record DealTools(DealService deals, PipelineService pipelines, CustomFieldService customFieldDefinitions)
        implements CustomFieldErrors.Defined {

    static final AggregateTools<DealTools, Deal, NewDeal, DealQuery, DealUpdate> TOOLS = AggregateTools.customizable(
                    "deal", "deals", CustomFieldKind.DEAL, DealTools::deals, DealView::of)
            .deleting("Delete a deal; its tasks stay, without the deal.")
            .creating(
                    DealArguments.Create.class,
                    "Create a deal, by default in the first stage of the oldest pipeline. "
                            + "Example: {\"title\": \"Website redesign\", \"amount\": 5000, \"contactId\": 12}")
            .searching(
                    DealArguments.Search.class,
                    "Find deals; every filter given must match. Example: {\"pipelineId\": 1, \"outcome\": \"open\"}")
            .updating(
                    DealArguments.Update.class,
                    "Change a deal. Only the fields given change; contactId 0 removes the "
                            + "contact, an empty expectedCloseDate or description clears it. To change the stage use move_deal. "
                            + "Example: {\"id\": 7, \"amount\": 6000}");

    @Tool(
            name = "move_deal",
            value = "Move a deal to another stage of its pipeline, e.g. to won. "
                    + "Example: {\"id\": 7, \"status\": \"proposal\"}")
    DealView moveDeal(DealArguments.Move move) {
        return DealView.of(deals.moveToStage(move.id(), move.status(), move.lostReason()), true);
    }
}
