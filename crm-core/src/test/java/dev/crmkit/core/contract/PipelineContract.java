package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.pipeline.StageSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pipelines and their stages: create, update, delete rules, summary. */
public abstract class PipelineContract extends ContractTest {

    @Test
    void should_give_a_new_pipeline_the_default_stages_of_the_original_statuses() {
        Pipeline pipeline = crm().pipelines().create(NewPipeline.of("Sales"));

        assertThat(pipeline.stages())
                .extracting(Stage::key, Stage::position, Stage::probability, Stage::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lead", 0, 10, StageOutcome.OPEN),
                        org.assertj.core.groups.Tuple.tuple("qualified", 1, 25, StageOutcome.OPEN),
                        org.assertj.core.groups.Tuple.tuple("proposal", 2, 50, StageOutcome.OPEN),
                        org.assertj.core.groups.Tuple.tuple("negotiation", 3, 75, StageOutcome.OPEN),
                        org.assertj.core.groups.Tuple.tuple("won", 4, 100, StageOutcome.WON),
                        org.assertj.core.groups.Tuple.tuple("lost", 5, 0, StageOutcome.LOST));
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(pipeline);
    }

    @Test
    void should_keep_custom_stages_in_the_order_given() {
        Pipeline pipeline = crm().pipelines()
                .create(NewPipeline.of("Hiring")
                        .withStages(List.of(
                                Stage.of("applied", "Applied", 5, StageOutcome.OPEN),
                                Stage.of("hired", "Hired", 100, StageOutcome.WON),
                                Stage.of("rejected", "Rejected", 0, StageOutcome.LOST))));

        assertThat(crm().pipelines().getById(pipeline.id()).stages())
                .extracting(Stage::key, Stage::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("applied", 0),
                        org.assertj.core.groups.Tuple.tuple("hired", 1),
                        org.assertj.core.groups.Tuple.tuple("rejected", 2));
    }

    @Test
    void should_refuse_duplicate_stage_keys_and_pipelines_without_an_open_stage() {
        assertThatThrownBy(() -> NewPipeline.of("X")
                        .withStages(List.of(
                                Stage.of("won", "Won", 100, StageOutcome.WON),
                                Stage.of("won", "Won again", 100, StageOutcome.WON))))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKeys("stages[1].key", "stages"));
    }

    @Test
    void should_refuse_to_delete_a_pipeline_that_still_holds_deals() {
        Pipeline pipeline = givenPipeline();
        crm().deals().create(aDeal(pipeline.id()).build());

        assertThatThrownBy(() -> crm().pipelines().deleteById(pipeline.id())).isInstanceOf(ConflictException.class);
        assertThat(crm().pipelines().findById(pipeline.id())).isPresent();
    }

    @Test
    void should_delete_an_empty_pipeline_with_its_stages() {
        Pipeline pipeline = givenPipeline();

        crm().pipelines().deleteById(pipeline.id());

        assertThat(crm().pipelines().findById(pipeline.id())).isEmpty();
    }

    @Test
    void should_refuse_to_remove_a_stage_that_holds_deals() {
        Pipeline pipeline = givenPipeline();
        crm().deals().create(aDeal(pipeline.id()).status("proposal").build());
        List<Stage> withoutProposal = pipeline.stages().stream()
                .filter(s -> !s.key().equals("proposal"))
                .toList();

        assertThatThrownBy(() -> crm().pipelines()
                        .update(
                                pipeline.id(),
                                PipelineUpdate.builder().stages(withoutProposal).build()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).contains("stages"));
    }

    @Test
    void should_rename_reorder_add_and_remove_empty_stages() {
        Pipeline pipeline = givenPipeline();
        List<Stage> stages = List.of(
                Stage.of("qualified", "Qualified lead", 30, StageOutcome.OPEN),
                Stage.of("lead", "Lead", 10, StageOutcome.OPEN),
                Stage.of("demo", "Demo", 60, StageOutcome.OPEN),
                Stage.of("won", "Won", 100, StageOutcome.WON),
                Stage.of("lost", "Lost", 0, StageOutcome.LOST));

        Pipeline updated = crm().pipelines()
                .update(pipeline.id(), PipelineUpdate.builder().stages(stages).build());

        assertThat(updated.stages()).extracting(Stage::key).containsExactly("qualified", "lead", "demo", "won", "lost");
        assertThat(updated.version()).isEqualTo(pipeline.version() + 1);
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(updated);
    }

    @Test
    void should_summarise_deals_per_stage_with_weighted_forecast() {
        Pipeline pipeline = givenPipeline();
        crm().deals()
                .create(aDeal(pipeline.id())
                        .amount("1000.00")
                        .currency("USD")
                        .status("proposal")
                        .build());
        crm().deals()
                .create(aDeal(pipeline.id())
                        .amount("500.50")
                        .currency("USD")
                        .status("proposal")
                        .build());
        crm().deals()
                .create(aDeal(pipeline.id())
                        .amount("200")
                        .currency("EUR")
                        .status("lead")
                        .build());
        crm().deals()
                .create(aDeal(pipeline.id())
                        .amount("999")
                        .currency("USD")
                        .status("won")
                        .build());

        PipelineSummary summary = crm().pipelines().summary(pipeline.id());

        StageSummary proposal = summary.stages().get(2);
        assertThat(proposal.stage().key()).isEqualTo("proposal");
        assertThat(proposal.dealCount()).isEqualTo(2);
        assertThat(proposal.value()).containsExactly(Money.of("1500.50", "USD"));
        assertThat(proposal.weightedValue()).containsExactly(Money.of("750.25", "USD"));
        assertThat(summary.openDealCount()).isEqualTo(3);
        assertThat(summary.openValue()).containsExactly(Money.of("200.00", "EUR"), Money.of("1500.50", "USD"));
        assertThat(summary.weightedForecast()).containsExactly(Money.of("20.00", "EUR"), Money.of("750.25", "USD"));
        assertThat(summary.wonValue()).containsExactly(Money.of("999.00", "USD"));
        assertThat(summary.stages().get(1).dealCount()).isZero();
        assertThat(summary.stages().get(1).value()).isEmpty();
    }
}
