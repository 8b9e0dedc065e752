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
import dev.crmkit.core.audit.ChangeSet;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Change sets: the writes made in a change set's scope carry its id (a record's tags included);
 * undoing it reverts them all in one transaction when nothing touched them since, and otherwise
 * refuses, naming the records.
 */
public abstract class ChangeSetContract extends ContractTest {

    @Test
    void should_undo_the_creates_and_updates_of_a_change_set() {
        Pipeline pipeline = givenPipeline();
        Contact ada = givenContact();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        String turn = crm().changeSets().newId();

        Task created = crm().as(
                        Actor.agent("grace", "c-1"),
                        () -> crm().changeSets().run(turn, () -> {
                            crm().contacts()
                                    .update(
                                            ada.id(),
                                            ContactUpdate.builder()
                                                    .phone("+1 555")
                                                    .notes("met")
                                                    .build());
                            crm().deals()
                                    .update(
                                            deal.id(),
                                            DealUpdate.builder()
                                                    .amount(new BigDecimal("900"))
                                                    .build());
                            crm().contacts()
                                    .update(
                                            ada.id(),
                                            ContactUpdate.builder()
                                                    .notes("met twice")
                                                    .build());
                            return crm().tasks()
                                    .create(aTask().contactId(ada.id())
                                            .dealId(deal.id())
                                            .build());
                        }));

        ChangeSet set = crm().changeSets().get(turn);
        assertThat(set.entries()).hasSize(4);
        assertThat(set.actor()).isEqualTo(Actor.agent("grace", "c-1"));

        ChangeSet undo = crm().as(Actor.user("grace"), () -> crm().changeSets().undo(turn));

        Contact back = crm().contacts().getById(ada.id());
        assertThat(back.phone()).isNull();
        assertThat(back.notes()).isEqualTo(ada.notes());
        assertThat(crm().deals().getById(deal.id()).value()).isEqualTo(deal.value());
        assertThat(crm().tasks().findById(created.id())).isEmpty();
        assertThat(undo.actor()).isEqualTo(Actor.user("grace"));
        assertThat(undo.entries()).extracting(AuditEntry::entity).containsExactly("task", "contact", "deal", "contact");
    }

    @Test
    void should_refuse_to_undo_when_a_record_changed_since_and_name_it() {
        Contact ada = givenContact();
        String turn = crm().changeSets().newId();
        crm().changeSets()
                .run(
                        turn,
                        () -> crm().contacts()
                                .update(
                                        ada.id(),
                                        ContactUpdate.builder()
                                                .notes("by the agent")
                                                .build()));
        crm().as(
                        Actor.user("linus"),
                        () -> crm().contacts()
                                .update(
                                        ada.id(),
                                        ContactUpdate.builder()
                                                .notes("by linus")
                                                .build()));

        assertThatThrownBy(() -> crm().changeSets().undo(turn))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("contact " + ada.id())
                .hasMessageContaining("user linus");
        assertThat(crm().contacts().getById(ada.id()).notes()).isEqualTo("by linus");
    }

    @Test
    void should_refuse_to_undo_twice() {
        Contact ada = givenContact();
        String turn = crm().changeSets().newId();
        crm().changeSets()
                .run(
                        turn,
                        () -> crm().contacts()
                                .update(
                                        ada.id(),
                                        ContactUpdate.builder().notes("x").build()));
        ChangeSet undo = crm().changeSets().undo(turn);

        assertThatThrownBy(() -> crm().changeSets().undo(turn))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("change set " + turn + " has nothing left to undo")
                .hasMessageContaining("change set " + undo.id() + " (at ")
                .hasMessageContaining("contact " + ada.id())
                .hasMessageNotContaining("changed since");
    }

    @Test
    void should_say_records_changed_since_when_a_later_write_left_an_undone_record_otherwise() {
        Contact ada = givenContact();
        String turn = crm().changeSets().newId();
        crm().changeSets()
                .run(
                        turn,
                        () -> crm().contacts()
                                .update(
                                        ada.id(),
                                        ContactUpdate.builder().notes("x").build()));
        crm().changeSets().undo(turn);
        crm().contacts()
                .update(ada.id(), ContactUpdate.builder().position("CTO").build());

        assertThatThrownBy(() -> crm().changeSets().undo(turn))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("records changed since: contact " + ada.id());
    }

    @Test
    void should_say_nothing_is_left_to_undo_of_an_undone_import_of_new_records() {
        String run = crm().changeSets().newId();
        Contact ada = crm().changeSets()
                .run(run, () -> crm().contacts().create(aContact().build()));
        ChangeSet undo = crm().changeSets().undo(run);

        assertThatThrownBy(() -> crm().changeSets().undo(run))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("nothing left to undo: change set " + undo.id())
                .hasMessageContaining("contact " + ada.id());
    }

    @Test
    void should_undo_an_undo() {
        Contact ada = givenContact();
        String turn = crm().changeSets().newId();
        crm().changeSets()
                .run(
                        turn,
                        () -> crm().contacts()
                                .update(
                                        ada.id(),
                                        ContactUpdate.builder()
                                                .notes("kept after all")
                                                .build()));

        ChangeSet undo = crm().changeSets().undo(turn);
        crm().changeSets().undo(undo.id());

        assertThat(crm().contacts().getById(ada.id()).notes()).isEqualTo("kept after all");
    }

    @Test
    void should_undo_deletes_from_the_trash_with_what_they_took_along() {
        Contact ada = givenContact();
        Contact bob = givenContact();
        Task call = crm().tasks().create(aTask().contactId(ada.id()).build());
        String turn = crm().changeSets().newId();
        crm().changeSets().run(turn, () -> {
            crm().contacts().update(bob.id(), ContactUpdate.builder().notes("x").build());
            crm().contacts().deleteById(ada.id());
            return null;
        });
        assertThat(crm().contacts().findById(ada.id())).isEmpty();

        crm().changeSets().undo(turn);

        assertThat(crm().contacts().getById(ada.id())).isEqualTo(ada);
        assertThat(crm().tasks().getById(call.id())).isEqualTo(call);
        assertThat(crm().contacts().getById(bob.id()).notes()).isEqualTo(bob.notes());
    }

    @Test
    void should_refuse_to_undo_a_delete_whose_record_was_purged_and_change_nothing() {
        Contact ada = givenContact();
        Contact bob = givenContact();
        String turn = crm().changeSets().newId();
        crm().changeSets().run(turn, () -> {
            crm().contacts().update(bob.id(), ContactUpdate.builder().notes("x").build());
            crm().contacts().deleteById(ada.id());
            return null;
        });
        crm().trash().purge(dev.crmkit.core.trash.TrashKind.CONTACT, ada.id());

        assertThatThrownBy(() -> crm().changeSets().undo(turn))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("contact " + ada.id());
        assertThat(crm().contacts().getById(bob.id()).notes()).isEqualTo("x");
    }

    @Test
    void should_not_find_a_change_set_without_writes() {
        String empty = crm().changeSets().newId();
        crm().changeSets().run(empty, () -> crm().contacts().find(dev.crmkit.core.contact.ContactQuery.all()));

        assertThatThrownBy(() -> crm().changeSets().get(empty)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm().changeSets().undo(empty)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_undo_an_import_of_many_contacts_at_once() {
        String run = crm().changeSets().newId();
        var imported = crm().as(
                        Actor.importJob("job-7"),
                        () -> crm().changeSets()
                                .run(
                                        run,
                                        () -> crm().contacts()
                                                .createAll(java.util.List.of(
                                                        aContact().build(),
                                                        aContact().build(),
                                                        aContact().build()))));

        crm().changeSets().undo(run);

        assertThat(imported)
                .allSatisfy(c -> assertThat(crm().contacts().findById(c.id())).isEmpty());
    }

    @Test
    void should_audit_tagging_and_untagging_contacts_deals_and_companies_and_undo_them() {
        Contact ada = givenContact();
        Deal deal = crm().deals().create(aDeal(givenPipeline().id()).build());
        Company acme = crm().companies().create(NewCompany.of("Acme"));
        crm().tags().tag(TaggableKind.CONTACT, ada.id(), List.of("vip"));
        String turn = crm().changeSets().newId();

        crm().as(
                        Actor.agent("grace", "c-2"),
                        () -> crm().changeSets().run(turn, () -> {
                            crm().tags().tag(TaggableKind.CONTACT, ada.id(), List.of("lead"));
                            crm().tags().untag(TaggableKind.CONTACT, ada.id(), List.of("VIP"));
                            crm().tags().tag(TaggableKind.DEAL, deal.id(), List.of("hot"));
                            return crm().tags().tag(TaggableKind.COMPANY, acme.id(), List.of("partner", "eu"));
                        }));

        ChangeSet set = crm().changeSets().get(turn);
        assertThat(set.entries())
                .extracting(AuditEntry::entity, AuditEntry::entityId, AuditEntry::action, AuditEntry::changes)
                .containsExactly(
                        tuple("contact", ada.id(), AuditAction.UPDATE, List.of(tags("vip", "lead, vip"))),
                        tuple("contact", ada.id(), AuditAction.UPDATE, List.of(tags("lead, vip", "lead"))),
                        tuple("deal", deal.id(), AuditAction.UPDATE, List.of(tags(null, "hot"))),
                        tuple("company", acme.id(), AuditAction.UPDATE, List.of(tags(null, "eu, partner"))));
        assertThat(set.entries()).allSatisfy(e -> assertThat(e.actor()).isEqualTo(Actor.agent("grace", "c-2")));
        assertThat(crm().audit().history("contact", ada.id(), null, 10).items())
                .as("the tagging outside the set is in the contact's history too")
                .hasSize(4);

        ChangeSet undo = crm().changeSets().undo(turn);

        assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, ada.id())).containsExactly("vip");
        assertThat(crm().tags().tagsOf(TaggableKind.DEAL, deal.id())).isEmpty();
        assertThat(crm().tags().tagsOf(TaggableKind.COMPANY, acme.id())).isEmpty();
        assertThat(undo.entries())
                .extracting(AuditEntry::entity)
                .containsExactly("company", "deal", "contact", "contact");
    }

    @Test
    void should_not_audit_a_tagging_that_changes_nothing() {
        Contact ada = givenContact();
        crm().tags().tag(TaggableKind.CONTACT, ada.id(), List.of("vip"));

        crm().tags().tag(TaggableKind.CONTACT, ada.id(), List.of("VIP"));
        crm().tags().untag(TaggableKind.CONTACT, ada.id(), List.of("absent"));

        assertThat(crm().audit().history("contact", ada.id(), null, 10).items())
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
    }

    @Test
    void should_refuse_to_undo_a_tagging_when_the_tags_changed_since_and_change_nothing() {
        Contact ada = givenContact();
        String turn = crm().changeSets().newId();
        crm().changeSets().run(turn, () -> crm().tags().tag(TaggableKind.CONTACT, ada.id(), List.of("lead")));
        crm().as(Actor.user("linus"), () -> crm().tags().tag(TaggableKind.CONTACT, ada.id(), List.of("customer")));

        assertThatThrownBy(() -> crm().changeSets().undo(turn))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("contact " + ada.id())
                .hasMessageContaining("user linus");
        assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, ada.id())).containsExactly("customer", "lead");
    }

    private static FieldChange tags(@Nullable String before, String after) {
        return new FieldChange("tags", Optional.ofNullable(before), Optional.of(after));
    }
}
