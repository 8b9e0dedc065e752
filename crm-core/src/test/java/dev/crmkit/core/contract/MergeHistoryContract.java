package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.audit.AuditAction;
import dev.crmkit.core.audit.AuditEntry;
import dev.crmkit.core.audit.ChangeSet;
import dev.crmkit.core.audit.FieldChange;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.trash.TrashKind;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A merge is accountable and undoable like any other write: its audit rows are exactly its
 * changes, in one change set (its own, or the caller's); the merged-away records wait in the trash,
 * restorable while no live record took their email; undoing the change set brings back the state
 * before the merge, and is refused, naming the record, once something the merge wrote was changed
 * since.
 */
public abstract class MergeHistoryContract extends ContractTest {

    /** Two duplicate contacts of a company, with a deal, a task, an activity, tags and a custom field. */
    private final class Given {
        final Company acme = crm().companies().create(NewCompany.of("ACME"));
        final Contact survivor = crm().contacts()
                .create(aContact()
                        .withEmail("ada@example.com")
                        .withNotes("first")
                        .build());
        final Contact other = crm().contacts()
                .create(
                        aContact()
                                .withEmail("ada.lovelace@example.com")
                                .withPhone("+44 20 7946 0958")
                                .build()
                                .withCompanyId(acme.id()),
                        CustomFieldValues.of(Map.of("tier", "gold")));
        final Pipeline pipeline = givenPipeline();
        final Deal deal =
                crm().deals().create(aDeal(pipeline.id()).contactId(other.id()).build());
        final Task task = crm().tasks().create(aTask().contactId(other.id()).build());
        final Activity call = crm().activities()
                .create(NewActivity.builder(ActivityType.CALL, "Called")
                        .contactId(other.id())
                        .build());

        Given() {
            crm().tags().tag(TaggableKind.CONTACT, survivor.id(), List.of("vip"));
            crm().tags().tag(TaggableKind.CONTACT, other.id(), List.of("vip", "london"));
        }

        MergeResult<Contact> merge() {
            return crm().duplicates()
                    .mergeContacts(MergeRequest.of(survivor.id(), versions(survivor, other))
                            .withField("email", other.id()));
        }

        /** Every record and tag list the merge touches, without versions and timestamps of updates. */
        Map<String, Map<String, String>> state() {
            Map<String, Map<String, String>> state = new TreeMap<>();
            for (Contact c : List.of(survivor, other)) {
                crm().contacts().findById(c.id()).ifPresent(found -> state.put("contact " + c.id(), fields(found)));
                state.put(
                        "tags " + c.id(),
                        Map.of("tags", String.join(",", crm().tags().tagsOf(TaggableKind.CONTACT, c.id()))));
            }
            state.put("deal", fields(crm().deals().getById(deal.id())));
            state.put("task", fields(crm().tasks().getById(task.id())));
            state.put("activity", fields(crm().activities().getById(call.id())));
            return state;
        }
    }

    private Given given() {
        crm().customFields()
                .create(new NewCustomField(
                        CustomFieldKind.CONTACT, "tier", "Tier", CustomFieldType.TEXT, 20, null, List.of(), false));
        return new Given();
    }

    @Test
    void should_write_audit_rows_equal_to_the_changes_of_a_merge_in_its_own_change_set() {
        Given g = given();

        MergeResult<Contact> result = crm().as(Actor.user("grace"), g::merge);

        String set = result.changeSetId().orElseThrow();
        ChangeSet changes = crm().changeSets().get(set);
        long s = g.survivor.id();
        long o = g.other.id();
        assertThat(changes.entries())
                .extracting(AuditEntry::entity, AuditEntry::entityId, AuditEntry::action)
                .containsExactly(
                        tuple("deal", g.deal.id(), AuditAction.UPDATE),
                        tuple("task", g.task.id(), AuditAction.UPDATE),
                        tuple("activity", g.call.id(), AuditAction.UPDATE),
                        tuple("contact", o, AuditAction.UPDATE),
                        tuple("contact", s, AuditAction.UPDATE),
                        tuple("contact", o, AuditAction.DELETE),
                        tuple("contact", s, AuditAction.UPDATE));
        List<AuditEntry> entries = changes.entries();
        assertThat(entries.subList(0, 3))
                .allSatisfy(e -> assertThat(e.changes())
                        .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                        .containsExactly(tuple("contactId", Optional.of("" + o), Optional.of("" + s))));
        assertThat(entries.get(3).changes()).containsExactly(change("tags", "london, vip", null));
        assertThat(entries.get(4).changes()).containsExactly(change("tags", "vip", "london, vip"));
        assertThat(entries.get(6).changes())
                .extracting(FieldChange::field)
                .containsExactlyInAnyOrder("email", "phone", "company", "companyId", "customFields");
        assertThat(entries.get(6).changes())
                .contains(
                        change("email", "ada@example.com", "ada.lovelace@example.com"),
                        change("phone", null, "+44 20 7946 0958"),
                        change("companyId", null, "" + g.acme.id()));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(Actor.user("grace"));
            assertThat(e.changeSetId()).contains(set);
        });
        assertThat(crm().audit().history("contact", s, null, 10).items().get(0))
                .as("the survivor's history shows the merge")
                .isEqualTo(entries.get(6));
    }

    @Test
    void should_merge_in_the_callers_change_set_and_have_none_on_a_dry_run() {
        Given g = given();
        MergeRequest request = MergeRequest.of(g.survivor.id(), versions(g.survivor, g.other));
        String turn = crm().changeSets().newId();

        MergeResult<Contact> preview = crm().duplicates().mergeContacts(request.asDryRun());
        MergeResult<Contact> merged =
                crm().changeSets().run(turn, () -> crm().duplicates().mergeContacts(request));

        assertThat(preview.changeSetId()).isEmpty();
        assertThat(merged.changeSetId()).contains(turn);
        assertThat(crm().changeSets().get(turn).entries()).hasSize(7);
    }

    @Test
    void should_keep_the_merged_away_records_in_the_trash_restorable_unless_their_email_was_taken() {
        Contact survivor =
                crm().contacts().create(aContact().withEmail("s@example.com").build());
        Contact kept =
                crm().contacts().create(aContact().withEmail("k@example.com").build());
        Contact taken =
                crm().contacts().create(aContact().withEmail("t@example.com").build());

        crm().duplicates()
                .mergeContacts(MergeRequest.of(survivor.id(), versions(survivor, kept, taken))
                        .withField("email", taken.id()));

        assertThat(crm().trash().find(TrashKind.CONTACT, kept.id())).isPresent();
        assertThat(crm().trash().find(TrashKind.CONTACT, taken.id())).isPresent();
        assertThat(crm().contacts().getById(survivor.id()).email()).isEqualTo("t@example.com");
        assertThatThrownBy(() -> crm().trash().restore(TrashKind.CONTACT, taken.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("email");
                    assertThat(e.conflictingId()).hasValue(survivor.id());
                });
        assertThat(crm().trash().restore(TrashKind.CONTACT, kept.id())).isEqualTo(kept);
        assertThat(crm().contacts().getById(kept.id())).isEqualTo(kept);
    }

    @Test
    void should_undo_a_contact_merge_back_to_the_state_before() {
        Given g = given();
        Map<String, Map<String, String>> before = g.state();
        MergeResult<Contact> result = g.merge();
        assertThat(g.state()).isNotEqualTo(before);

        crm().changeSets().undo(result.changeSetId().orElseThrow());

        assertThat(g.state()).isEqualTo(before);
        assertThat(crm().contacts().getById(g.other.id()))
                .as("the merged-away contact comes back as it was")
                .isEqualTo(g.other);
        assertThat(crm().trash().find(TrashKind.CONTACT, g.other.id())).isEmpty();
    }

    @Test
    void should_undo_a_company_merge_that_took_the_others_domain() {
        Pipeline pipeline = givenPipeline();
        Company survivor = crm().companies().create(NewCompany.of("ACME"));
        Company other = crm().companies().create(NewCompany.of("Acme, Inc.").withDomain("acme.com"));
        Contact own = crm().contacts().create(aContact().build().withCompanyId(survivor.id()));
        Contact moved = crm().contacts().create(aContact().build().withCompanyId(other.id()));
        Deal deal =
                crm().deals().create(aDeal(pipeline.id()).companyId(other.id()).build());
        crm().tags().tag(TaggableKind.COMPANY, other.id(), List.of("partner"));
        Map<String, Map<String, String>> before = Map.of(
                "own", fields(own),
                "moved", fields(moved),
                "deal", fields(deal),
                "survivor", fields(survivor));
        MergeResult<Company> result = crm().duplicates()
                .mergeCompanies(MergeRequest.of(
                                survivor.id(), Map.of(survivor.id(), survivor.version(), other.id(), other.version()))
                        .withField("name", other.id()));
        assertThat(result.record().domain()).isEqualTo("acme.com");

        crm().changeSets().undo(result.changeSetId().orElseThrow());

        assertThat(Map.of(
                        "own", fields(crm().contacts().getById(own.id())),
                        "moved", fields(crm().contacts().getById(moved.id())),
                        "deal", fields(crm().deals().getById(deal.id())),
                        "survivor", fields(crm().companies().getById(survivor.id()))))
                .isEqualTo(before);
        assertThat(crm().companies().getById(other.id())).isEqualTo(other);
        assertThat(crm().tags().tagsOf(TaggableKind.COMPANY, other.id())).containsExactly("partner");
        assertThat(crm().tags().tagsOf(TaggableKind.COMPANY, survivor.id())).isEmpty();
    }

    @Test
    void should_refuse_to_undo_a_merge_after_a_later_edit_naming_the_record_and_change_nothing() {
        Given g = given();
        MergeResult<Contact> result = g.merge();
        crm().as(
                        Actor.user("linus"),
                        () -> crm().deals()
                                .update(
                                        g.deal.id(),
                                        DealUpdate.builder().title("Edited").build()));
        Map<String, Map<String, String>> after = g.state();

        assertThatThrownBy(() -> crm().changeSets().undo(result.changeSetId().orElseThrow()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("deal " + g.deal.id())
                .hasMessageContaining("user linus");
        assertThat(g.state()).isEqualTo(after);
        assertThat(crm().trash().find(TrashKind.CONTACT, g.other.id())).isPresent();
    }

    @Test
    void should_refuse_to_undo_a_merge_whose_merged_away_record_was_restored_since() {
        Given g = given();
        MergeResult<Contact> result =
                crm().duplicates().mergeContacts(MergeRequest.of(g.survivor.id(), versions(g.survivor, g.other)));
        crm().trash().restore(TrashKind.CONTACT, g.other.id());
        crm().contacts()
                .update(g.other.id(), ContactUpdate.builder().notes("back").build());

        assertThatThrownBy(() -> crm().changeSets().undo(result.changeSetId().orElseThrow()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("contact " + g.other.id());
    }

    private static Map<Long, Long> versions(Contact... contacts) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (Contact contact : contacts) {
            versions.put(contact.id(), contact.version());
        }
        return versions;
    }

    private static FieldChange change(String field, @Nullable String before, @Nullable String after) {
        return new FieldChange(field, Optional.ofNullable(before), Optional.ofNullable(after));
    }

    /** The record's components as text, but the version and the update timestamp, which an undo moves on. */
    private static Map<String, String> fields(CrmRecord record) {
        Map<String, String> fields = new TreeMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (Set.of("version", "updatedAt").contains(component.getName())) {
                continue;
            }
            try {
                fields.put(
                        component.getName(),
                        String.valueOf(component.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }
}
