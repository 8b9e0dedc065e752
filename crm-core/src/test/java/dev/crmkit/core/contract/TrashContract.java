package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealStageChangeQuery;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.trash.TrashEntry;
import dev.crmkit.core.trash.TrashEvent;
import dev.crmkit.core.trash.TrashKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The trash: a delete moves the record and its cascade there, lists and unique keys see live
 * records only, a restore brings everything back with the same ids (or names what is in its way),
 * and a purge forgets.
 */
public abstract class TrashContract extends ContractTest {

    @Test
    void should_count_the_trash_of_one_kind_or_all_when_a_total_is_asked() {
        Pipeline pipeline = givenPipeline();
        Contact ada = givenContact();
        Contact alan = givenContact();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        crm().contacts().deleteById(ada.id());
        crm().contacts().deleteById(alan.id());
        crm().deals().deleteById(deal.id());

        Page<TrashEntry> contacts = crm().trash().list(TrashKind.CONTACT, null, 1, true);
        Page<TrashEntry> everything = crm().trash().list(null, null, 1, true);

        assertThat(contacts.items()).hasSize(1);
        assertThat(contacts.total()).hasValue(2);
        assertThat(everything.total()).hasValue(3);
        assertThat(crm().trash().list(null, null, 1).total()).isEmpty();
    }

    @Test
    void should_move_a_deleted_contact_to_the_trash_and_leave_it_out_of_the_lists() {
        Contact ada = givenContact();

        crm().contacts().deleteById(ada.id());

        assertThat(crm().contacts().findById(ada.id())).isEmpty();
        assertThat(crm().contacts().find(ContactQuery.all()).items()).isEmpty();
        Page<TrashEntry> trash = crm().trash().list(null, null, 50);
        assertThat(trash.items()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(TrashKind.CONTACT);
            assertThat(entry.recordId()).isEqualTo(ada.id());
            assertThat(entry.label()).contains(ada.email());
            assertThat(entry.deletedAt()).isEqualTo(clock().instant());
        });
        assertThat(events().ofType(TrashEvent.Trashed.class))
                .containsExactly(new TrashEvent.Trashed(TrashKind.CONTACT, ada.id(), clock().instant()));
    }

    @Test
    void should_let_a_live_contact_take_the_email_of_a_trashed_one_and_refuse_the_restore_naming_it() {
        Contact first = givenContact();
        crm().contacts().deleteById(first.id());

        Contact second =
                crm().contacts().create(aContact().withEmail(first.email()).build());

        assertThatThrownBy(() -> crm().trash().restore(TrashKind.CONTACT, first.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("email");
                    assertThat(e.conflictingId()).hasValue(second.id());
                    assertThat(e.getMessage()).contains("contact " + second.id());
                });
        assertThat(crm().contacts().findById(first.id())).isEmpty();
        assertThat(crm().trash().find(TrashKind.CONTACT, first.id())).isPresent();
    }

    @Test
    void should_restore_a_contact_with_its_id_tasks_activities_and_tags_and_reattach_its_deals() {
        Pipeline pipeline = givenPipeline();
        Contact ada = givenContact();
        Task task = crm().tasks().create(aTask().contactId(ada.id()).build());
        Activity call = crm().activities()
                .create(NewActivity.builder(ActivityType.CALL, "First call")
                        .contactId(ada.id())
                        .build());
        crm().tags().tag(TaggableKind.CONTACT, ada.id(), List.of("vip"));
        Deal deal =
                crm().deals().create(aDeal(pipeline.id()).contactId(ada.id()).build());
        Deal movedMeanwhile =
                crm().deals().create(aDeal(pipeline.id()).contactId(ada.id()).build());
        crm().contacts().deleteById(ada.id());
        Contact other = givenContact();
        crm().deals()
                .update(
                        movedMeanwhile.id(),
                        DealUpdate.builder().contactId(other.id()).build());
        clock().advance(Duration.ofMinutes(5));
        events().clear();

        crm().trash().restore(TrashKind.CONTACT, ada.id());

        assertThat(crm().contacts().getById(ada.id())).isEqualTo(ada);
        assertThat(crm().tasks().getById(task.id())).isEqualTo(task);
        assertThat(crm().activities()
                        .find(ActivityQuery.all().withContact(ada.id()))
                        .items())
                .containsExactly(call);
        assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, ada.id())).containsExactly("vip");
        assertThat(crm().deals().getById(deal.id()).contactId()).isEqualTo(ada.id());
        assertThat(crm().deals().getById(movedMeanwhile.id()).contactId()).isEqualTo(other.id());
        assertThat(crm().trash().find(TrashKind.CONTACT, ada.id())).isEmpty();
        assertThat(events().ofType(TrashEvent.Restored.class))
                .containsExactly(new TrashEvent.Restored(TrashKind.CONTACT, ada.id(), clock().instant()));
    }

    @Test
    void should_issue_new_ids_above_the_restored_ones() {
        Contact ada = givenContact();
        crm().contacts().deleteById(ada.id());
        crm().trash().restore(TrashKind.CONTACT, ada.id());

        Contact next = givenContact();

        assertThat(next.id()).isGreaterThan(ada.id());
        assertThat(crm().contacts().find(ContactQuery.all()).items())
                .extracting(Contact::id)
                .containsExactlyInAnyOrder(ada.id(), next.id());
    }

    @Test
    void should_note_who_deleted_a_record() {
        Contact ada = givenContact();
        Contact bob = givenContact();

        crm().as(Actor.user("grace"), () -> {
            crm().contacts().deleteById(ada.id());
            return null;
        });
        crm().contacts().deleteById(bob.id());

        assertThat(crm().trash().find(TrashKind.CONTACT, ada.id()).orElseThrow().deletedByActor())
                .contains("user grace");
        assertThat(crm().trash().find(TrashKind.CONTACT, bob.id()).orElseThrow().deletedByActor())
                .contains("system");
    }

    @Test
    void should_restore_a_contact_and_a_company_with_their_custom_field_values_and_the_company_tags() {
        for (CustomFieldKind kind : List.of(CustomFieldKind.CONTACT, CustomFieldKind.COMPANY)) {
            crm().customFields()
                    .create(new NewCustomField(
                            kind, "score", "Score", CustomFieldType.NUMBER, null, 2, List.of(), false));
            crm().customFields()
                    .create(new NewCustomField(
                            kind, "nickname", "Nickname", CustomFieldType.TEXT, 20, null, List.of(), false));
        }
        CustomFieldValues values =
                CustomFieldValues.of(Map.of("score", new BigDecimal("12.50"), "nickname", "Ada \"A\""));
        Contact ada = crm().contacts().create(aContact().build(), values);
        Company acme = crm().companies().create(NewCompany.of("Acme"), values);
        crm().tags().tag(TaggableKind.COMPANY, acme.id(), List.of("partner"));
        crm().contacts().deleteById(ada.id());
        crm().companies().deleteById(acme.id());

        crm().trash().restore(TrashKind.CONTACT, ada.id());
        crm().trash().restore(TrashKind.COMPANY, acme.id());

        assertThat(crm().contacts().getById(ada.id()).customFields()).isEqualTo(values);
        assertThat(crm().contacts().getById(ada.id())).isEqualTo(ada);
        assertThat(crm().companies().getById(acme.id())).isEqualTo(acme);
        assertThat(crm().tags().tagsOf(TaggableKind.COMPANY, acme.id())).containsExactly("partner");
    }

    @Test
    void should_restore_a_deal_with_its_stage_history_and_reattach_its_tasks() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        deal = crm().deals()
                .update(deal.id(), DealUpdate.builder().status("proposal").build());
        Task task = crm().tasks().create(aTask().dealId(deal.id()).build());
        List<DealStageChange> history = stageChanges(deal.id());
        crm().deals().deleteById(deal.id());
        assertThat(crm().tasks().getById(task.id()).dealId()).isNull();

        crm().trash().restore(TrashKind.DEAL, deal.id());

        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
        assertThat(stageChanges(deal.id())).hasSize(2).containsExactlyElementsOf(history);
        assertThat(crm().tasks().getById(task.id()).dealId()).isEqualTo(deal.id());
    }

    @Test
    void should_refuse_to_restore_a_deal_whose_pipeline_was_deleted_naming_it_until_the_pipeline_is_restored() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        crm().deals().deleteById(deal.id());
        crm().pipelines().deleteById(pipeline.id());

        assertThatThrownBy(() -> crm().trash().restore(TrashKind.DEAL, deal.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("pipelineId");
                    assertThat(e.conflictingId()).hasValue(pipeline.id());
                })
                .hasMessage("deal " + deal.id() + " cannot be restored: its pipeline " + pipeline.id()
                        + " is in the trash: restore pipeline " + pipeline.id() + " first");
        assertThat(crm().trash().find(TrashKind.DEAL, deal.id())).isPresent();

        Pipeline restored = (Pipeline) crm().trash().restore(TrashKind.PIPELINE, pipeline.id());
        crm().trash().restore(TrashKind.DEAL, deal.id());

        assertThat(restored).isEqualTo(pipeline);
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(pipeline);
        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
    }

    @Test
    void should_refuse_to_restore_a_deal_whose_pipeline_was_purged_saying_it_is_gone_for_good() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        crm().deals().deleteById(deal.id());
        crm().pipelines().deleteById(pipeline.id());
        crm().trash().purge(TrashKind.PIPELINE, pipeline.id());

        assertThatThrownBy(() -> crm().trash().restore(TrashKind.DEAL, deal.id()))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).contains("pipelineId"))
                .hasMessage("deal " + deal.id() + " cannot be restored: its pipeline " + pipeline.id()
                        + " was deleted for good");
    }

    @Test
    void should_restore_a_company_and_reattach_its_contacts_or_refuse_when_its_domain_was_taken() {
        Company acme = crm().companies().create(NewCompany.of("Acme").withDomain("acme.example"));
        Contact ada = crm().contacts().create(aContact().build().withCompanyId(acme.id()));
        crm().companies().deleteById(acme.id());
        assertThat(crm().contacts().getById(ada.id()).companyId()).isNull();
        Company taker = crm().companies().create(NewCompany.of("Acme 2").withDomain("acme.example"));

        assertThatThrownBy(() -> crm().trash().restore(TrashKind.COMPANY, acme.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("domain");
                    assertThat(e.conflictingId()).hasValue(taker.id());
                });

        crm().companies().deleteById(taker.id());
        crm().trash().restore(TrashKind.COMPANY, acme.id());

        assertThat(crm().companies().getById(acme.id())).isEqualTo(acme);
        assertThat(crm().contacts().getById(ada.id()).companyId()).isEqualTo(acme.id());
    }

    @Test
    void should_refuse_to_restore_a_task_whose_contact_is_gone_and_restore_it_once_the_contact_is_back() {
        Contact ada = givenContact();
        Task task = crm().tasks().create(aTask().contactId(ada.id()).build());
        crm().tasks().deleteById(task.id());
        crm().contacts().deleteById(ada.id());

        assertThatThrownBy(() -> crm().trash().restore(TrashKind.TASK, task.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("contactId");
                    assertThat(e.conflictingId()).hasValue(ada.id());
                });

        crm().trash().restore(TrashKind.CONTACT, ada.id());
        crm().trash().restore(TrashKind.TASK, task.id());
        assertThat(crm().tasks().getById(task.id())).isEqualTo(task);
    }

    @Test
    void should_purge_entries_older_than_a_cutoff_or_one_by_id_after_which_no_restore_is_possible() {
        Contact old = givenContact();
        crm().contacts().deleteById(old.id());
        clock().advance(Duration.ofDays(31));
        Contact recent = givenContact();
        Contact other = givenContact();
        crm().contacts().deleteById(recent.id());
        crm().contacts().deleteById(other.id());

        assertThat(crm().trash().purgeExpired()).isEqualTo(1);
        crm().trash().purge(TrashKind.CONTACT, other.id());

        assertThat(crm().trash().list(null, null, 50).items())
                .extracting(TrashEntry::recordId)
                .containsExactly(recent.id());
        assertThat(events().ofType(TrashEvent.Purged.class))
                .extracting(TrashEvent.Purged::entityId)
                .containsExactly(old.id(), other.id());
        assertThatThrownBy(() -> crm().trash().restore(TrashKind.CONTACT, old.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm().trash().purge(TrashKind.CONTACT, other.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_page_the_trash_newest_first_with_a_cursor_and_filter_by_kind() {
        Pipeline pipeline = givenPipeline();
        Contact a = givenContact();
        Contact b = givenContact();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        crm().contacts().deleteById(a.id());
        clock().advance(Duration.ofSeconds(1));
        crm().deals().deleteById(deal.id());
        crm().contacts().deleteById(b.id());

        Page<TrashEntry> first = crm().trash().list(null, null, 2);
        Page<TrashEntry> second = crm().trash().list(null, first.nextCursor().orElseThrow(), 2);

        assertThat(first.items())
                .extracting(TrashEntry::kind, TrashEntry::recordId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TrashKind.DEAL, deal.id()),
                        org.assertj.core.groups.Tuple.tuple(TrashKind.CONTACT, b.id()));
        assertThat(second.items()).extracting(TrashEntry::recordId).containsExactly(a.id());
        assertThat(second.hasNext()).isFalse();
        assertThat(crm().trash().list(TrashKind.DEAL, null, 50).items())
                .extracting(TrashEntry::recordId)
                .containsExactly(deal.id());
    }

    @Test
    void should_restore_a_contact_deleted_in_the_same_transaction() {
        Contact ada = givenContact();

        crm().runInTransaction(() -> {
            crm().contacts().deleteById(ada.id());
            crm().trash().restore(TrashKind.CONTACT, ada.id());
        });

        assertThat(crm().contacts().getById(ada.id())).isEqualTo(ada);
        assertThat(crm().trash().list(null, null, 50).items()).isEmpty();
    }

    @Test
    void should_keep_the_contact_update_after_restore_versioned_from_where_it_was() {
        Contact ada = givenContact();
        crm().contacts().deleteById(ada.id());
        crm().trash().restore(TrashKind.CONTACT, ada.id());

        Contact renamed = crm().contacts()
                .update(
                        ada.id(),
                        ContactUpdate.builder()
                                .firstName("Augusta")
                                .expectedVersion(ada.version())
                                .build());

        assertThat(renamed.version()).isEqualTo(ada.version() + 1);
    }

    private List<DealStageChange> stageChanges(long dealId) {
        try (var work = ctx().storage().begin()) {
            return work.dealStageChanges()
                    .find(DealStageChangeQuery.ofDeals(Set.of(dealId)))
                    .items();
        }
    }
}
