package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.pipeline.StageSummary;
import org.junit.jupiter.api.Test;

/**
 * The pipeline summary: per stage the deal count, the value and the weighted forecast, each per
 * currency and never summed across currencies, rounded half-even to each currency's decimals.
 */
public abstract class SummaryContract extends ContractTest {

    @Test
    void should_summarise_each_stage_per_currency_with_its_own_rounding() {
        Pipeline pipeline = givenPipeline();
        deal(pipeline, "lead", "333", "JPY");
        deal(pipeline, "lead", "1.001", "KWD");
        deal(pipeline, "proposal", "100.00", "USD");
        deal(pipeline, "proposal", "100.00", "USD");
        deal(pipeline, "proposal", "0.01", "USD");
        deal(pipeline, "proposal", "10.50", "EUR");
        deal(pipeline, "won", "999", "USD");
        deal(pipeline, "lost", "5", "EUR");
        deal(givenPipeline(), "lead", "1000000", "USD");

        PipelineSummary summary = crm().pipelines().summary(pipeline.id());

        StageSummary lead = stage(summary, "lead");
        assertThat(lead.dealCount()).isEqualTo(2);
        assertThat(lead.value()).containsExactly(Money.of("333", "JPY"), Money.of("1.001", "KWD"));
        assertThat(lead.weightedValue()).containsExactly(Money.of("33", "JPY"), Money.of("0.100", "KWD"));
        StageSummary proposal = stage(summary, "proposal");
        assertThat(proposal.dealCount()).isEqualTo(4);
        assertThat(proposal.value()).containsExactly(Money.of("10.50", "EUR"), Money.of("200.01", "USD"));
        assertThat(proposal.weightedValue()).containsExactly(Money.of("5.25", "EUR"), Money.of("100.00", "USD"));
        assertThat(stage(summary, "qualified").dealCount()).isZero();
        assertThat(stage(summary, "won").value()).containsExactly(Money.of("999", "USD"));
        assertThat(stage(summary, "lost").weightedValue()).containsExactly(Money.of("0.00", "EUR"));

        assertThat(summary.openDealCount()).isEqualTo(6);
        assertThat(summary.openValue())
                .containsExactly(
                        Money.of("10.50", "EUR"),
                        Money.of("333", "JPY"),
                        Money.of("1.001", "KWD"),
                        Money.of("200.01", "USD"));
        assertThat(summary.weightedForecast())
                .containsExactly(
                        Money.of("5.25", "EUR"),
                        Money.of("33", "JPY"),
                        Money.of("0.100", "KWD"),
                        Money.of("100.00", "USD"));
        assertThat(summary.wonValue()).containsExactly(Money.of("999.00", "USD"));
    }

    @Test
    void should_summarise_a_pipeline_without_deals_as_empty_stages() {
        Pipeline pipeline = givenPipeline();

        PipelineSummary summary = crm().pipelines().summary(pipeline.id());

        assertThat(summary.pipeline()).isEqualTo(pipeline);
        assertThat(summary.stages())
                .extracting(s -> s.stage().key())
                .containsExactly("lead", "qualified", "proposal", "negotiation", "won", "lost");
        assertThat(summary.stages()).allSatisfy(stage -> {
            assertThat(stage.dealCount()).isZero();
            assertThat(stage.value()).isEmpty();
            assertThat(stage.weightedValue()).isEmpty();
        });
        assertThat(summary.openDealCount()).isZero();
        assertThat(summary.openValue()).isEmpty();
        assertThat(summary.wonValue()).isEmpty();
    }

    @Test
    void should_follow_deals_as_they_move_between_stages() {
        Pipeline pipeline = givenPipeline();
        long id = deal(pipeline, "lead", "80", "EUR");

        crm().deals().moveToStage(id, "negotiation", null);
        PipelineSummary summary = crm().pipelines().summary(pipeline.id());

        assertThat(stage(summary, "lead").dealCount()).isZero();
        assertThat(stage(summary, "negotiation").weightedValue()).containsExactly(Money.of("60.00", "EUR"));
    }

    private long deal(Pipeline pipeline, String stage, String amount, String currency) {
        return crm().deals()
                .create(aDeal(pipeline.id())
                        .status(stage)
                        .amount(amount)
                        .currency(currency)
                        .build())
                .id();
    }

    private static StageSummary stage(PipelineSummary summary, String key) {
        return summary.stages().stream()
                .filter(s -> s.stage().key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
