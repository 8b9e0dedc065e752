package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineEvent;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.trash.TrashEvent;
import dev.crmkit.core.trash.TrashKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events reach listeners after the change committed, in the order the changes happened, carrying
 * the records as stored; an operation that fails publishes nothing.
 */
public abstract class EventContract extends ContractTest {

    @Test
    void should_publish_each_aggregates_events_in_order_with_the_stored_records() {
        Contact contact = givenContact();
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals()
                .create(aDeal(pipeline.id()).contactId(contact.id()).build());
        Task task = crm().tasks().create(aTask().dealId(deal.id()).build());
        clock().advance(Duration.ofMinutes(1));
        Deal won = crm().deals().moveToStage(deal.id(), "won", null);
        Task done = crm().tasks().complete(task.id());
        Pipeline renamed = crm().pipelines()
                .update(pipeline.id(), PipelineUpdate.builder().name("Renamed").build());

        assertThat(events().events())
                .containsExactly(
                        new ContactEvent.Created(contact, contact.createdAt()),
                        new PipelineEvent.Created(pipeline, pipeline.createdAt()),
                        new DealEvent.Created(deal, deal.createdAt()),
                        new TaskEvent.Created(task, task.createdAt()),
                        new DealEvent.Updated(deal, won, clock().instant()),
                        new DealEvent.StageChanged(won, pipeline.id(), "lead", clock().instant()),
                        new TaskEvent.Updated(task, done, clock().instant()),
                        new TaskEvent.Completed(done, clock().instant()),
                        new PipelineEvent.Updated(pipeline, renamed, clock().instant()));
        assertThat(crm().deals().getById(deal.id())).isEqualTo(won);
    }

    @Test
    void should_publish_deletions_of_every_aggregate() {
        Pipeline pipeline = givenPipeline();
        Contact contact = givenContact();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        Task task = crm().tasks().create(aTask().build());
        events().clear();

        crm().tasks().deleteById(task.id());
        crm().deals().deleteById(deal.id());
        crm().contacts().deleteById(contact.id());
        crm().pipelines().deleteById(pipeline.id());

        assertThat(events().events())
                .containsExactly(
                        new TaskEvent.Deleted(task.id(), clock().instant()),
                        new TrashEvent.Trashed(TrashKind.TASK, task.id(), clock().instant()),
                        new DealEvent.Deleted(deal.id(), clock().instant()),
                        new TrashEvent.Trashed(TrashKind.DEAL, deal.id(), clock().instant()),
                        new ContactEvent.Deleted(contact.id(), clock().instant()),
                        new TrashEvent.Trashed(TrashKind.CONTACT, contact.id(), clock().instant()),
                        new PipelineEvent.Deleted(pipeline.id(), clock().instant()),
                        new TrashEvent.Trashed(TrashKind.PIPELINE, pipeline.id(), clock().instant()));
    }

    @Test
    void should_publish_the_tasks_a_contact_takes_along_and_the_deals_it_leaves() {
        Pipeline pipeline = givenPipeline();
        Contact contact = givenContact();
        Deal deal = crm().deals()
                .create(aDeal(pipeline.id()).contactId(contact.id()).build());
        Task task = crm().tasks().create(aTask().contactId(contact.id()).build());
        events().clear();
        clock().advance(Duration.ofMinutes(1));

        crm().contacts().deleteById(contact.id());

        Deal detached = crm().deals().getById(deal.id());
        assertThat(detached.contactId()).isNull();
        assertThat(detached.version()).isEqualTo(deal.version() + 1);
        assertThat(detached.updatedAt()).isEqualTo(clock().instant());
        assertThat(events().events())
                .containsExactly(
                        new TaskEvent.Deleted(task.id(), clock().instant()),
                        new DealEvent.Updated(deal, detached, clock().instant()),
                        new ContactEvent.Deleted(contact.id(), clock().instant()),
                        new TrashEvent.Trashed(TrashKind.CONTACT, contact.id(), clock().instant()));
    }

    @Test
    void should_publish_the_tasks_a_deleted_deal_leaves() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        Task task = crm().tasks().create(aTask().dealId(deal.id()).build());
        events().clear();

        crm().deals().deleteById(deal.id());

        Task detached = crm().tasks().getById(task.id());
        assertThat(detached.dealId()).isNull();
        assertThat(detached.version()).isEqualTo(task.version() + 1);
        assertThat(events().events())
                .containsExactly(
                        new TaskEvent.Updated(task, detached, clock().instant()),
                        new DealEvent.Deleted(deal.id(), clock().instant()),
                        new TrashEvent.Trashed(TrashKind.DEAL, deal.id(), clock().instant()));
    }

    @Test
    void should_publish_nothing_for_operations_that_fail() {
        Contact contact = crm().contacts()
                .create(aContact().withEmail("taken@example.com").build());
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        crm().contacts().update(contact.id(), ContactUpdate.builder().phone("1").build());
        events().clear();

        assertThatThrownBy(() -> crm().contacts()
                        .create(aContact().withEmail("TAKEN@example.com").build()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> crm().contacts()
                        .update(
                                contact.id(),
                                ContactUpdate.builder()
                                        .phone("2")
                                        .expectedVersion(contact.version())
                                        .build()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> crm().deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder().status("nowhere").build()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> crm().pipelines().deleteById(pipeline.id())).isInstanceOf(ConflictException.class);

        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_publish_nothing_when_the_database_refuses_the_change_at_write_time() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        Contact contact = givenContact();
        events().clear();
        // Another node deletes the contact between this node's check and its write: only the
        // schema's foreign key can notice, and the whole operation must roll back unpublished.
        try (var work = ctx().storage().begin()) {
            Deal linked = new Deal(
                    deal.id(),
                    deal.title(),
                    deal.description(),
                    deal.value(),
                    deal.pipelineId(),
                    deal.status(),
                    contact.id() + 1_000,
                    deal.expectedCloseDate(),
                    deal.closedAt(),
                    deal.lostReason(),
                    deal.createdAt(),
                    clock().instant(),
                    deal.version());
            assertThatThrownBy(() -> work.deals().update(linked)).isInstanceOf(ConflictException.class);
        }

        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_deliver_to_every_listener_after_commit_even_when_one_fails() {
        List<CrmEvent> seen = new ArrayList<>();
        List<Boolean> committedWhenSeen = new ArrayList<>();
        Crm crm = Crm.builder()
                .storage(ctx().storage())
                .clock(clock())
                .listener(event -> {
                    throw new IllegalStateException("a broken listener");
                })
                .listener(event -> {
                    seen.add(event);
                    // Read through another unit of work: after commit, the change is visible to all.
                    try (var work = ctx().storage().begin()) {
                        committedWhenSeen.add(work.contacts().existsById(event.entityId()));
                    }
                })
                .build();

        Contact created = crm.contacts().create(aContact().build());

        assertThat(seen).containsExactly(new ContactEvent.Created(created, clock().instant()));
        assertThat(committedWhenSeen).containsExactly(true);
    }
}
