package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What deleting does to related records: a contact takes its tasks with it and leaves its deals
 * without a contact; a deal leaves its tasks without a deal; a pipeline or a stage that still
 * holds deals stays.
 */
public abstract class DeleteRulesContract extends ContractTest {

    @Test
    void should_delete_only_the_contacts_own_tasks_and_detach_only_its_deals() {
        Pipeline pipeline = givenPipeline();
        Contact leaving = givenContact();
        Contact staying = givenContact();
        Deal leavingDeal = crm().deals()
                .create(aDeal(pipeline.id()).contactId(leaving.id()).build());
        Deal stayingDeal = crm().deals()
                .create(aDeal(pipeline.id()).contactId(staying.id()).build());
        Task ownTask = crm().tasks()
                .create(aTask().contactId(leaving.id()).dealId(stayingDeal.id()).build());
        Task taskOnItsDeal =
                crm().tasks().create(aTask().dealId(leavingDeal.id()).build());
        Task otherTask = crm().tasks().create(aTask().contactId(staying.id()).build());

        crm().contacts().deleteById(leaving.id());

        assertThat(crm().tasks().findById(ownTask.id())).isEmpty();
        assertThat(crm().tasks().getById(taskOnItsDeal.id())).isEqualTo(taskOnItsDeal);
        assertThat(crm().tasks().getById(otherTask.id())).isEqualTo(otherTask);
        Deal detached = crm().deals().getById(leavingDeal.id());
        assertThat(detached.contactId()).isNull();
        assertThat(detached.title()).isEqualTo(leavingDeal.title());
        assertThat(crm().deals().getById(stayingDeal.id())).isEqualTo(stayingDeal);
        assertThat(crm().deals().find(DealQuery.all().withContact(leaving.id())).items())
                .isEmpty();
    }

    @Test
    void should_keep_the_tasks_of_a_deleted_deal_without_a_deal() {
        Pipeline pipeline = givenPipeline();
        Contact contact = givenContact();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        Task task = crm().tasks()
                .create(aTask().dealId(deal.id()).contactId(contact.id()).build());

        crm().deals().deleteById(deal.id());

        assertThat(crm().deals().findById(deal.id())).isEmpty();
        Task detached = crm().tasks().getById(task.id());
        assertThat(detached.dealId()).isNull();
        assertThat(detached.contactId()).isEqualTo(contact.id());
        assertThat(crm().tasks().find(TaskQuery.all().withDeal(deal.id())).items())
                .isEmpty();
    }

    @Test
    void should_refuse_to_delete_a_pipeline_with_deals_until_they_are_gone() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).status("won").build());

        assertThatThrownBy(() -> crm().pipelines().deleteById(pipeline.id()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.conflictingId()).hasValue(pipeline.id()));
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(pipeline);
        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);

        crm().deals().deleteById(deal.id());
        crm().pipelines().deleteById(pipeline.id());
        assertThat(crm().pipelines().findById(pipeline.id())).isEmpty();
    }

    @Test
    void should_let_the_schema_refuse_a_pipeline_delete_that_bypasses_the_service() {
        Pipeline pipeline = givenPipeline();
        crm().deals().create(aDeal(pipeline.id()).build());

        try (var work = ctx().storage().begin()) {
            assertThatThrownBy(() -> work.pipelines().deleteById(pipeline.id())).isInstanceOf(ConflictException.class);
        }
        assertThat(crm().pipelines().findById(pipeline.id())).isPresent();
    }

    @Test
    void should_refuse_to_change_the_outcome_of_a_stage_that_holds_deals() {
        Pipeline pipeline = givenPipeline();
        crm().deals().create(aDeal(pipeline.id()).status("won").build());
        List<Stage> wonBecomesOpen = pipeline.stages().stream()
                .map(s -> s.key().equals("won") ? Stage.of("won", "Won?", 90, StageOutcome.OPEN) : s)
                .toList();

        assertThatThrownBy(() -> crm().pipelines()
                        .update(
                                pipeline.id(),
                                PipelineUpdate.builder().stages(wonBecomesOpen).build()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).contains("stages"));
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(pipeline);
    }

    @Test
    void should_let_a_stage_holding_deals_be_renamed_reweighted_and_moved() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).status("proposal").build());
        List<Stage> changed = List.of(
                Stage.of("proposal", "Offer sent", 60, StageOutcome.OPEN),
                Stage.of("lead", "Lead", 10, StageOutcome.OPEN),
                Stage.of("won", "Won", 100, StageOutcome.WON));

        Pipeline updated = crm().pipelines()
                .update(pipeline.id(), PipelineUpdate.builder().stages(changed).build());

        assertThat(updated.stage("proposal")).hasValueSatisfying(stage -> {
            assertThat(stage.name()).isEqualTo("Offer sent");
            assertThat(stage.position()).isZero();
            assertThat(stage.probability()).isEqualTo(60);
        });
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(updated);
        assertThat(crm().deals().getById(deal.id()).status()).isEqualTo("proposal");
    }

    @Test
    void should_let_the_schema_refuse_removing_a_stage_with_deals_when_the_service_is_bypassed() {
        Pipeline pipeline = givenPipeline();
        crm().deals().create(aDeal(pipeline.id()).status("proposal").build());
        List<Stage> withoutProposal = pipeline.stages().stream()
                .filter(s -> !s.key().equals("proposal"))
                .toList();

        try (var work = ctx().storage().begin()) {
            Pipeline current = work.pipelines().getById(pipeline.id());
            assertThatThrownBy(() -> work.pipelines()
                            .update(PipelineUpdate.builder()
                                    .stages(withoutProposal)
                                    .build()
                                    .applyTo(current, clock().instant())))
                    .isInstanceOf(ConflictException.class);
        }
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(pipeline);
    }
}
