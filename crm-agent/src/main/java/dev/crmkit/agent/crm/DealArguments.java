package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.CheckedArguments;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.PageRequest;
import dev.langchain4j.agent.tool.P;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The deal tools' parameters, field by field, as argument records the dispatcher expands: each
 * field's description and bound, and the crm-core command or query they make. The one place a deal
 * field is described to a model; {@link DealTools} holds only the tools.
 */
final class DealArguments {

    private DealArguments() {}

    /** The fields of {@code create_deal}. */
    record Create(
            @P("deal title") @MaxLength(Deal.TITLE_MAX) String title,

            @P("pipeline id; default the oldest pipeline") @Nullable
            Long pipelineId,

            @P("id of the contact the deal is with") @Nullable
            Long contactId,

            @P("value, e.g. 5000 or 1250.50") @Nullable BigDecimal amount,

            @P("currency code, e.g. USD or EUR") @CurrencyCode @Nullable
            String currency,

            @P("stage key, e.g. lead; default the first stage") @StageKey @Nullable
            String status,

            @P("expected close date, YYYY-MM-DD") @IsoDate @Nullable
            String expectedCloseDate,

            @P("description") @FreeText @Nullable String description,

            @P("id of the company the deal is with") @Nullable
            Long companyId)
            implements AggregateTools.Creating<NewDeal> {

        @Override
        public NewDeal command() {
            FieldErrors errors = new FieldErrors();
            LocalDate closeDate = ToolArguments.date(errors, "expectedCloseDate", expectedCloseDate);
            return ToolArguments.built(
                    errors,
                    () -> NewDeal.builder(title)
                            .companyId(companyId)
                            .pipelineId(pipelineId)
                            .contactId(contactId)
                            .amount(amount)
                            .currency(currency)
                            .status(status)
                            .expectedCloseDate(closeDate)
                            .description(description)
                            .build());
        }
    }

    /** The filters and paging of {@code search_deals}; every filter given must match. */
    record Search(
            @P("pipeline id") @Nullable Long pipelineId,

            @P("stage key, e.g. proposal") @StageKey @Nullable
            String status,

            @P("contact id") @Nullable Long contactId,
            @P("smallest value") @Nullable BigDecimal minAmount,
            @P("largest value") @Nullable BigDecimal maxAmount,

            @P("currency code, e.g. USD") @CurrencyCode @Nullable
            String currency,

            @P("open, won or lost") @Nullable StageOutcome outcome,
            TagFilter tag,
            SortedPaging<DealSort> paging)
            implements AggregateTools.Searching<DealQuery> {

        @Override
        public DealQuery query() {
            // Each filter a query refuses is tried on its own first, so that all of them are named at once.
            FieldErrors errors = new FieldErrors();
            errors.collect("", () -> DealQuery.all().withAmountBetween(minAmount, maxAmount));
            errors.collect("", () -> DealQuery.all().withCurrency(currency));
            PageRequest<DealSort> page = errors.collect("", () -> paging.request(DealSort.ID));
            DealQuery filtered = ToolArguments.built(
                    errors,
                    () -> DealQuery.all()
                            .inPipeline(pipelineId)
                            .withStatus(status)
                            .withContact(contactId)
                            .withAmountBetween(minAmount, maxAmount)
                            .withCurrency(currency)
                            .withOutcome(outcome)
                            .withTags(tag.tags()));
            return filtered.withPage(Objects.requireNonNull(page));
        }
    }

    /**
     * The parameters of {@code move_deal}. Its check, run only when the call broke the schema, reads the deal
     * and its pipeline to name an unknown stage and a lost reason given for a stage that is not lost, with
     * {@code DealService}'s messages; the move itself is the service's to check, which stays the authority.
     */
    record Move(
            @P("deal id") long id,

            @P("key of the new stage, e.g. qualified, won or lost") @StageKey
            String status,

            @P("why the deal was lost; only with a lost stage") @MaxLength(Deal.LOST_REASON_MAX) @Nullable
            String lostReason)
            implements CheckedArguments<DealTools> {

        /**
         * @throws dev.crmkit.core.kernel.ValidationException naming an id of no deal, a stage its pipeline does not
         *     have, a lost reason for a stage that is not lost
         */
        @Override
        public void check(DealTools tools) {
            if (id == 0) {
                return; // the schema refused it
            }
            FieldErrors errors = new FieldErrors();
            Optional<Deal> deal = tools.deals().findById(id);
            errors.check(deal.isPresent(), "id", "deal " + id + " does not exist");
            Optional<Pipeline> pipeline =
                    deal.flatMap(found -> tools.pipelines().findById(found.pipelineId()));
            if (pipeline.isPresent() && status != null) {
                Optional<Stage> stage = pipeline.get().stage(status);
                errors.check(
                        stage.isPresent(),
                        "status",
                        "must be a stage of pipeline " + pipeline.get().id() + ": "
                                + pipeline.get().stageKeys());
                errors.check(
                        stage.isEmpty() || stage.get().outcome() == StageOutcome.LOST || lostReason == null,
                        "lostReason",
                        "can only be given when the deal is in a LOST stage");
            }
            errors.throwIfAny();
        }
    }

    /** The fields {@code update_deal} changes, each left as it is when not given. */
    record Update(
            @P("new title") @MaxLength(Deal.TITLE_MAX) Patch<String> title,
            @P("new value") Patch<BigDecimal> amount,
            @P("new currency code") @CurrencyCode Patch<String> currency,
            @P("new contact id, 0 for none") Patch<Long> contactId,

            @P("new expected close date, YYYY-MM-DD") @IsoDate
            Patch<String> expectedCloseDate,

            @P("new description") @FreeText Patch<String> description,
            @P("new company id, 0 for none") Patch<Long> companyId)
            implements AggregateTools.Updating<DealUpdate> {

        /**
         * @return the update, without an expected version; the stage, and with it the lost reason, changes
         *     through move_deal, the pipeline not at all
         */
        @Override
        public DealUpdate update() {
            FieldErrors errors = new FieldErrors();
            Patch<LocalDate> closeDate = ToolArguments.date(errors, "expectedCloseDate", expectedCloseDate);
            return ToolArguments.built(
                    errors,
                    () -> new DealUpdate(
                            title,
                            description,
                            amount,
                            currency,
                            Patch.unchanged(),
                            Patch.unchanged(),
                            ToolArguments.link(contactId),
                            closeDate,
                            Patch.unchanged(),
                            null,
                            ToolArguments.link(companyId)));
        }
    }
}
