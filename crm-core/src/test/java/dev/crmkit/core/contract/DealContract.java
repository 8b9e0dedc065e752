package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deals: money, stages of their pipeline, closedAt and lost reason, moves. */
public abstract class DealContract extends ContractTest {

    @Test
    void should_create_a_deal_in_the_entry_stage_with_the_default_currency() {
        Pipeline pipeline = givenPipeline();

        Deal deal = crm().deals()
                .create(NewDeal.builder("Website redesign")
                        .pipelineId(pipeline.id())
                        .amount("12345678901.23")
                        .expectedCloseDate(LocalDate.of(2026, 6, 30))
                        .build());

        assertThat(deal.status()).isEqualTo("lead");
        assertThat(deal.value()).isEqualTo(Money.of("12345678901.23", "USD"));
        assertThat(deal.closedAt()).isNull();
        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
    }

    @Test
    void should_put_a_deal_without_pipeline_in_the_oldest_pipeline() {
        Pipeline oldest = givenPipeline();
        givenPipeline();

        Deal deal = crm().deals().create(NewDeal.builder("No pipeline given").build());

        assertThat(deal.pipelineId()).isEqualTo(oldest.id());
    }

    @Test
    void should_refuse_a_status_that_is_not_a_stage_of_the_pipeline() {
        Pipeline pipeline = givenPipeline();

        assertThatThrownBy(() -> crm().deals()
                        .create(aDeal(pipeline.id()).status("signed").build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("status"));
    }

    @Test
    void should_refuse_negative_amounts_and_too_many_decimals() {
        Pipeline pipeline = givenPipeline();

        assertThatThrownBy(
                        () -> aDeal(pipeline.id()).amount(new BigDecimal("-1")).build())
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("amount"));
        assertThatThrownBy(() -> crm().deals()
                        .create(aDeal(pipeline.id())
                                .amount("10.001")
                                .currency("EUR")
                                .build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("amount"));
        assertThat(crm().deals()
                        .create(aDeal(pipeline.id())
                                .amount("10.001")
                                .currency("KWD")
                                .build())
                        .value())
                .isEqualTo(Money.of("10.001", "KWD"));
    }

    @Test
    void should_set_closed_at_on_entering_a_won_or_lost_stage_and_clear_it_on_leaving() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        clock().advance(Duration.ofDays(1));

        Deal won = crm().deals().moveToStage(deal.id(), "won", null);
        assertThat(won.closedAt()).isEqualTo(clock().instant());

        clock().advance(Duration.ofDays(1));
        Deal reopened = crm().deals().moveToStage(deal.id(), "negotiation", null);
        assertThat(reopened.closedAt()).isNull();
    }

    @Test
    void should_accept_a_lost_reason_only_in_a_lost_stage_and_drop_it_on_leaving() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());

        assertThatThrownBy(() -> crm().deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder().lostReason("Too pricey").build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("lostReason"));

        Deal lost = crm().deals().moveToStage(deal.id(), "lost", "Too pricey");
        assertThat(lost.lostReason()).isEqualTo("Too pricey");

        Deal back = crm().deals().moveToStage(deal.id(), "lead", null);
        assertThat(back.lostReason()).isNull();
    }

    @Test
    void should_recheck_the_status_when_the_deal_moves_to_another_pipeline() {
        Pipeline sales = givenPipeline();
        Pipeline hiring = crm().pipelines()
                .create(NewPipeline.of("Hiring")
                        .withStages(List.of(
                                Stage.of("applied", "Applied", 5, StageOutcome.OPEN),
                                Stage.of("hired", "Hired", 100, StageOutcome.WON))));
        Deal deal = crm().deals().create(aDeal(sales.id()).build());

        assertThatThrownBy(() -> crm().deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder().pipelineId(hiring.id()).build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("status"));

        Deal moved = crm().deals()
                .update(
                        deal.id(),
                        DealUpdate.builder()
                                .pipelineId(hiring.id())
                                .status("applied")
                                .build());
        assertThat(moved.pipelineId()).isEqualTo(hiring.id());
        assertThat(events().ofType(DealEvent.StageChanged.class)).hasSize(1);
    }

    @Test
    void should_refuse_a_contact_that_does_not_exist() {
        Pipeline pipeline = givenPipeline();

        assertThatThrownBy(() -> crm().deals()
                        .create(aDeal(pipeline.id()).contactId(987_654L).build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("contactId"));
    }
}
