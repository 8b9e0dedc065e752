package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditAction;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.AuditScope;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.task.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The audit log: every create, update and delete leaves one entry, in the same transaction, with
 * its actor, its instant, its change set and each changed field's old and new value; rolled-back
 * work leaves none; a record's history and an actor's writes are read newest first in pages.
 */
public abstract class AuditContract extends ContractTest {

    @Test
    void should_log_create_update_and_delete_with_each_changed_field() {
        Contact ada =
                crm().contacts().create(aContact().withEmail("ada@example.com").build());
        clock().advance(Duration.ofMinutes(5));
        crm().contacts()
                .update(
                        ada.id(),
                        ContactUpdate.builder()
                                .phone("+44 1")
                                .email("ada@lovelace.org")
                                .build());
        clock().advance(Duration.ofMinutes(5));
        crm().contacts().deleteById(ada.id());

        List<AuditEntry> history =
                crm().audit().history("contact", ada.id(), null, 10).items();

        assertThat(history)
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
        AuditEntry update = history.get(1);
        assertThat(update.changes())
                .containsExactly(
                        new FieldChange("email", Optional.of("ada@example.com"), Optional.of("ada@lovelace.org")),
                        new FieldChange("phone", Optional.empty(), Optional.of("+44 1")));
        assertThat(update.at()).isEqualTo(ada.createdAt().plus(Duration.ofMinutes(5)));
        assertThat(update.version()).isEqualTo(1);
        assertThat(history.get(2).changes())
                .as("a create lists every field it set, old values empty")
                .contains(new FieldChange("firstName", Optional.empty(), Optional.of("Ada")));
        assertThat(history.get(0).changes())
                .as("a delete lists every field it removed, new values empty")
                .contains(new FieldChange("email", Optional.of("ada@lovelace.org"), Optional.empty()));
        assertThat(history).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(Actor.system()));
    }

    @Test
    void should_log_nothing_when_the_work_rolls_back() {
        Contact ada = givenContact();

        assertThatThrownBy(() -> crm().runInTransaction(() -> {
                    crm().contacts()
                            .update(
                                    ada.id(),
                                    ContactUpdate.builder().notes("rolled back").build());
                    crm().contacts().create(aContact().build());
                    throw new IllegalStateException("abort");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> crm().contacts()
                        .update(ada.id(), ContactUpdate.builder().email("bad").build()))
                .isInstanceOf(ValidationException.class);

        assertThat(crm().audit().history("contact", ada.id(), null, 10).items())
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE);
        assertThat(crm().audit().byActor(Actor.system(), null, 10).items()).hasSize(1);
    }

    @Test
    void should_attribute_writes_to_the_actor_of_the_scope_and_query_by_actor() {
        Actor agent = Actor.agent("grace", "conversation-1");
        Contact made = crm().as(
                        Actor.user("grace"),
                        () -> crm().contacts().create(aContact().build()));
        AuditScope scope = crm().actingAs(agent);
        crm().inTransaction(() -> crm().contacts()
                .update(made.id(), ContactUpdate.builder().notes("by the agent").build()));
        assertThat(crm().currentActor()).isEqualTo(agent);
        scope.close();
        assertThat(crm().currentActor()).isEqualTo(Actor.system());
        crm().contacts()
                .update(made.id(), ContactUpdate.builder().notes("by the host").build());

        assertThat(crm().audit().history("contact", made.id(), null, 10).items())
                .extracting(AuditEntry::actor)
                .containsExactly(Actor.system(), agent, Actor.user("grace"));
        assertThat(crm().audit().byActor(agent, null, 10).items())
                .singleElement()
                .satisfies(entry -> assertThat(entry.actor().onBehalfOf()).contains("grace"));
        assertThat(crm().audit().byActor(Actor.user("grace"), null, 10).items())
                .extracting(AuditEntry::entity, AuditEntry::entityId)
                .containsExactly(tuple("contact", made.id()));
    }

    @Test
    void should_refuse_an_actor_or_a_change_set_id_with_control_characters_before_anything_is_written() {
        for (String bad : List.of("ada\u0000", "ada\u0007", "line\nbreak", "\uD800ada")) {
            assertThatThrownBy(() -> Actor.user(bad))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry(
                                            "actor", "must not contain control characters or broken surrogate pairs"));
            assertThatThrownBy(() -> Actor.agent(bad, "conversation-1"))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.errors()).containsKey("onBehalfOf"));
            assertThatThrownBy(() -> crm().changeSets()
                            .run(bad, () -> crm().contacts().create(aContact().build())))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry(
                                            "changeSetId",
                                            "must not contain control characters or broken surrogate pairs"));
        }
        assertThat(crm().contacts().find(ContactQuery.all()).items()).isEmpty();
    }

    @Test
    void should_log_what_a_delete_cascades_to() {
        Pipeline pipeline = givenPipeline();
        Contact ada = givenContact();
        Deal deal =
                crm().deals().create(aDeal(pipeline.id()).contactId(ada.id()).build());
        Task task = crm().tasks().create(aTask().contactId(ada.id()).build());

        crm().contacts().deleteById(ada.id());

        assertThat(crm().audit().history("task", task.id(), null, 10).items())
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.DELETE, AuditAction.CREATE);
        assertThat(crm().audit()
                        .history("deal", deal.id(), null, 10)
                        .items()
                        .get(0)
                        .changes())
                .containsExactly(new FieldChange("contactId", Optional.of(Long.toString(ada.id())), Optional.empty()));
    }

    @Test
    void should_log_the_stages_of_a_pipeline_and_a_deal_s_money() {
        Pipeline pipeline = givenPipeline();
        crm().pipelines()
                .update(
                        pipeline.id(),
                        PipelineUpdate.builder().description("B2B").build());
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());

        assertThat(crm().audit()
                        .history("pipeline", pipeline.id(), null, 10)
                        .items()
                        .get(1)
                        .changes())
                .extracting(FieldChange::field)
                .contains("name", "stages");
        assertThat(crm().audit()
                        .history("deal", deal.id(), null, 10)
                        .items()
                        .get(0)
                        .changes())
                .contains(new FieldChange("value", Optional.empty(), Optional.of("0.00 USD")));
    }

    @Test
    void should_page_a_history_newest_first_with_a_cursor() {
        Contact ada = givenContact();
        for (int i = 0; i < 4; i++) {
            crm().contacts()
                    .update(ada.id(), ContactUpdate.builder().notes("note " + i).build());
        }

        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            Page<AuditEntry> page = crm().audit().history("contact", ada.id(), cursor, 2);
            page.items().forEach(entry -> ids.add(entry.id()));
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);

        assertThat(ids).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThatThrownBy(() -> crm().audit().history("contact", ada.id(), "not-a-cursor", 2))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("cursor"));
        assertThatThrownBy(() -> crm().audit().history("invoice", ada.id(), null, 2))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("kind"));
        assertThatThrownBy(() -> crm().audit().history("contact", ada.id(), null, 0))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey("limit"));
    }
}
