package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineEvent;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.testing.RecordingListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Crm#inTransaction}: the calls of a group commit together or not at all, nested groups
 * join the outermost, and the group's events are published once, in order, after its commit.
 */
public abstract class TransactionContract extends ContractTest {

    @Test
    void should_commit_the_calls_of_a_group_together_and_publish_after_the_commit() {
        List<Boolean> visibleToOthersInside = new ArrayList<>();
        List<Integer> eventsSeenInside = new ArrayList<>();

        Deal deal = crm().inTransaction(() -> {
            Contact contact = crm().contacts().create(aContact().build());
            Pipeline pipeline = crm().pipelines().create(TestData.aPipeline());
            Deal created = crm().deals()
                    .create(aDeal(pipeline.id()).contactId(contact.id()).build());
            visibleToOthersInside.add(existsElsewhere(contact.id()));
            eventsSeenInside.add(events().events().size());
            return created;
        });

        assertThat(visibleToOthersInside).containsExactly(false);
        assertThat(eventsSeenInside).containsExactly(0);
        Contact contact = crm().contacts().getById(deal.contactId());
        Pipeline pipeline = crm().pipelines().getById(deal.pipelineId());
        assertThat(events().events())
                .containsExactly(
                        new ContactEvent.Created(contact, clock().instant()),
                        new PipelineEvent.Created(pipeline, clock().instant()),
                        new DealEvent.Created(deal, clock().instant()));
    }

    @Test
    void should_roll_back_every_call_of_a_group_when_the_work_throws() {
        IllegalStateException failure = new IllegalStateException("the host's own step failed");

        assertThatThrownBy(() -> crm().runInTransaction(() -> {
                    crm().contacts().create(aContact().build());
                    crm().pipelines().create(TestData.aPipeline());
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(crm().contacts().find(ContactQuery.all()).items()).isEmpty();
        assertThat(crm().pipelines().find(PipelineQuery.all()).items()).isEmpty();
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_roll_back_the_whole_group_when_a_call_inside_failed_even_if_the_work_caught_it() {
        Contact taken = givenContact();
        events().clear();

        assertThatThrownBy(() -> crm().runInTransaction(() -> {
                    crm().contacts().create(aContact().build());
                    try {
                        crm().contacts()
                                .create(aContact().withEmail(taken.email()).build());
                    } catch (ConflictException expected) {
                        // A caller that goes on after a failed call must not commit half a group.
                    }
                }))
                .isInstanceOf(CrmException.class)
                .hasCauseInstanceOf(ConflictException.class)
                .hasMessageContaining("rolled back");

        assertThat(crm().contacts().find(ContactQuery.all()).items()).containsExactly(taken);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_join_nested_groups_into_the_outermost_one() {
        List<Long> innerIds = new ArrayList<>();

        assertThatThrownBy(() -> crm().runInTransaction(() -> {
                    Contact inner = crm().inTransaction(
                                    () -> crm().contacts().create(aContact().build()));
                    innerIds.add(inner.id());
                    throw new IllegalStateException("the outer work fails after the inner group returned");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(innerIds).hasSize(1);
        assertThat(crm().contacts().findById(innerIds.get(0))).isEmpty();
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_publish_a_nested_groups_events_once_with_the_outermost_commit() {
        Contact contact = crm().inTransaction(() -> crm().inTransaction(() -> {
            Contact created = crm().contacts().create(aContact().build());
            assertThat(events().events()).isEmpty();
            return created;
        }));

        assertThat(events().events()).containsExactly(new ContactEvent.Created(contact, clock().instant()));
    }

    @Test
    void should_deliver_on_the_event_executor_only_after_the_commit() {
        List<Runnable> queued = new ArrayList<>();
        RecordingListener delivered = new RecordingListener();
        Crm crm = Crm.builder()
                .storage(ctx().storage())
                .clock(clock())
                .listener(delivered)
                .eventExecutor(queued::add)
                .build();

        Contact contact = crm.contacts().create(aContact().build());

        assertThat(delivered.events()).isEmpty();
        assertThat(queued).hasSize(1);
        queued.forEach(Runnable::run);
        assertThat(delivered.events()).containsExactly(new ContactEvent.Created(contact, clock().instant()));
    }

    @Test
    void should_let_a_listener_write_in_a_transaction_of_its_own() {
        Crm crm = Crm.builder()
                .storage(ctx().storage())
                .clock(clock())
                .listener(event -> {
                    if (event instanceof ContactEvent.Created) {
                        ctx().crm().pipelines().create(TestData.aPipeline());
                    }
                })
                .build();

        crm.runInTransaction(() -> crm.contacts().create(aContact().build()));

        assertThat(crm.pipelines().find(PipelineQuery.all()).items()).hasSize(1);
    }

    private boolean existsElsewhere(long contactId) {
        try (UnitOfWork other = ctx().storage().begin()) {
            return other.contacts().existsById(contactId);
        }
    }
}
