package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.DealView;
import dev.crmkit.agent.crm.CrmViews.Deleted;
import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.agent.tool.RequiresConfirmation;
import dev.crmkit.core.Crm;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.service.DealService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The deal tools. A deal's {@code status} is the key of a stage of its pipeline; it changes through
 * {@code move_deal}, which also records why a deal was lost. Thread-safe.
 */
public final class DealTools {

    private final DealService deals;

    /** @param crm the CRM the tools act on */
    public DealTools(Crm crm) {
        this.deals = crm.deals();
    }

    /**
     * Creates a deal ({@code create_deal}).
     *
     * @param title deal title
     * @param pipelineId pipeline id; default the oldest pipeline
     * @param contactId id of the contact the deal is with
     * @param amount value, e.g. 5000 or 1250.50
     * @param currency currency code, e.g. USD or EUR
     * @param status stage key, e.g. lead; default the first stage
     * @param expectedCloseDate expected close date, YYYY-MM-DD
     * @param description description
     * @return the new deal, with its description
     * @throws ValidationException on a malformed field or an unknown stage
     * @throws NotFoundException when the pipeline or contact does not exist
     */
    @Tool(
            name = "create_deal",
            value = "Create a deal, by default in the first stage of the oldest pipeline. "
                    + "Example: {\"title\": \"Website redesign\", \"amount\": 5000, \"contactId\": 12}")
    public DealView createDeal(
            @P("deal title") @MaxLength(Deal.TITLE_MAX) String title,
            @P(value = "pipeline id; default the oldest pipeline", required = false) @Nullable Long pipelineId,
            @P(value = "id of the contact the deal is with", required = false) @Nullable Long contactId,
            @P(value = "value, e.g. 5000 or 1250.50", required = false) @Nullable BigDecimal amount,
            @P(value = "currency code, e.g. USD or EUR", required = false)
                    @MaxLength(ToolArguments.CURRENCY_LENGTH)
                    @Nullable
                    String currency,
            @P(value = "stage key, e.g. lead; default the first stage", required = false)
                    @MaxLength(Stage.KEY_MAX)
                    @Nullable
                    String status,
            @P(value = "expected close date, YYYY-MM-DD", required = false)
                    @MaxLength(ToolArguments.DATE_LENGTH)
                    @Nullable
                    String expectedCloseDate,
            @P(value = "description", required = false) @MaxLength(CrmViews.TEXT_MAX) @Nullable String description) {
        NewDeal command = NewDeal.builder(title)
                .pipelineId(pipelineId)
                .contactId(contactId)
                .amount(amount)
                .currency(currency)
                .status(status)
                .expectedCloseDate(ToolArguments.date("expectedCloseDate", expectedCloseDate))
                .description(description)
                .build();
        return DealView.of(deals.create(command), true);
    }

    /**
     * Reads one deal ({@code get_deal}).
     *
     * @param id deal id
     * @return the deal, with its description
     * @throws NotFoundException when there is no such deal
     */
    @Tool(name = "get_deal", value = "Get one deal by its id. Example: {\"id\": 7}")
    public DealView getDeal(@P("deal id") long id) {
        return DealView.of(deals.getById(id), true);
    }

    /**
     * Lists the deals matching every filter given ({@code search_deals}), one page at a time.
     *
     * @param pipelineId pipeline id
     * @param status stage key, e.g. proposal
     * @param contactId contact id
     * @param minAmount smallest value
     * @param maxAmount largest value
     * @param currency currency code, e.g. USD
     * @param outcome open, won or lost
     * @param sort sort field, default id
     * @param direction asc or desc, default asc
     * @param limit how many, 1 to 100, default 20
     * @param cursor nextCursor of the previous page
     * @return the page, deals without their descriptions
     * @throws ValidationException on a bad limit, cursor or amount
     */
    @Tool(
            name = "search_deals",
            value = "Find deals; every filter given must match. Example: "
                    + "{\"pipelineId\": 1, \"outcome\": \"open\"}. When nextCursor is returned, pass it as cursor "
                    + "to get the next page.")
    public PageView<DealView> searchDeals(
            @P(value = "pipeline id", required = false) @Nullable Long pipelineId,
            @P(value = "stage key, e.g. proposal", required = false) @MaxLength(Stage.KEY_MAX) @Nullable String status,
            @P(value = "contact id", required = false) @Nullable Long contactId,
            @P(value = "smallest value", required = false) @Nullable BigDecimal minAmount,
            @P(value = "largest value", required = false) @Nullable BigDecimal maxAmount,
            @P(value = "currency code, e.g. USD", required = false) @MaxLength(ToolArguments.CURRENCY_LENGTH) @Nullable
                    String currency,
            @P(value = "open, won or lost", required = false) @Nullable StageOutcome outcome,
            @P(value = "sort field, default id", required = false) @Nullable DealSort sort,
            @P(value = "asc or desc, default asc", required = false) @Nullable SortDirection direction,
            @P(value = "how many, 1 to 100, default 20", required = false) @Nullable Long limit,
            @P(value = "nextCursor of the previous page", required = false)
                    @MaxLength(ToolArguments.CURSOR_MAX)
                    @Nullable
                    String cursor) {
        DealQuery query = DealQuery.all()
                .inPipeline(pipelineId)
                .withStatus(status)
                .withContact(contactId)
                .withAmountBetween(minAmount, maxAmount)
                .withCurrency(currency)
                .withOutcome(outcome)
                .sortedBy(sort == null ? DealSort.ID : sort, ToolArguments.direction(direction))
                .limit(ToolArguments.limit(limit))
                .after(cursor);
        return PageView.of(deals.find(query), deal -> DealView.of(deal, false));
    }

    /**
     * Changes the fields given of a deal ({@code update_deal}); an empty string clears an optional field, 0 detaches the contact.
     *
     * @param id deal id
     * @param title new title
     * @param amount new value
     * @param currency new currency code
     * @param contactId new contact id, 0 for none
     * @param expectedCloseDate new expected close date, YYYY-MM-DD
     * @param description new description
     * @return the deal as changed
     * @throws NotFoundException when there is no such deal or contact
     * @throws ValidationException on a malformed field
     */
    @Tool(
            name = "update_deal",
            value = "Change a deal. Only the fields given change; contactId 0 removes the "
                    + "contact, an empty expectedCloseDate or description clears it. To change the stage use move_deal. "
                    + "Example: {\"id\": 7, \"amount\": 6000}")
    public DealView updateDeal(
            @P("deal id") long id,
            @P(value = "new title", required = false) @MaxLength(Deal.TITLE_MAX) @Nullable String title,
            @P(value = "new value", required = false) @Nullable BigDecimal amount,
            @P(value = "new currency code", required = false) @MaxLength(ToolArguments.CURRENCY_LENGTH) @Nullable
                    String currency,
            @P(value = "new contact id, 0 for none", required = false) @Nullable Long contactId,
            @P(value = "new expected close date, YYYY-MM-DD", required = false)
                    @MaxLength(ToolArguments.DATE_LENGTH)
                    @Nullable
                    String expectedCloseDate,
            @P(value = "new description", required = false) @MaxLength(CrmViews.TEXT_MAX) @Nullable
                    String description) {
        DealUpdate.Builder update = DealUpdate.builder();
        ToolArguments.given(title, update::title);
        ToolArguments.given(amount, update::amount);
        ToolArguments.given(currency, update::currency);
        ToolArguments.link(contactId, update::contactId);
        ToolArguments.date("expectedCloseDate", expectedCloseDate, update::expectedCloseDate);
        ToolArguments.given(description, update::description);
        return DealView.of(deals.update(id, update.build()), true);
    }

    /**
     * Moves a deal to another stage of its pipeline ({@code move_deal}), setting or clearing its close time.
     *
     * @param id deal id
     * @param status key of the new stage, e.g. qualified, won or lost
     * @param lostReason why the deal was lost; only with a lost stage
     * @return the deal in its new stage
     * @throws NotFoundException when there is no such deal
     * @throws ValidationException when the stage is not one of its pipeline, or a lost reason is given for a stage that is not lost
     */
    @Tool(
            name = "move_deal",
            value = "Move a deal to another stage of its pipeline, e.g. to won. "
                    + "Example: {\"id\": 7, \"status\": \"proposal\"}")
    public DealView moveDeal(
            @P("deal id") long id,
            @P("key of the new stage, e.g. qualified, won or lost") @MaxLength(Stage.KEY_MAX) String status,
            @P(value = "why the deal was lost; only with a lost stage", required = false)
                    @MaxLength(Deal.LOST_REASON_MAX)
                    @Nullable
                    String lostReason) {
        return DealView.of(deals.moveToStage(id, status, lostReason), true);
    }

    /**
     * Deletes a deal; its tasks stay, without it ({@code delete_deal}); runs only after the host confirmed it.
     *
     * @param id deal id
     * @return what was deleted
     * @throws NotFoundException when there is no such deal
     */
    @RequiresConfirmation
    @Tool(
            name = "delete_deal",
            value = "Delete a deal; its tasks stay, without the deal. "
                    + "The user must confirm it first. Example: {\"id\": 7}")
    public Deleted deleteDeal(@P("deal id") long id) {
        deals.deleteById(id);
        return new Deleted("deal", id);
    }
}
