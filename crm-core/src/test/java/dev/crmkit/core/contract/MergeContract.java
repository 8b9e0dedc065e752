package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyEvent;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.duplicate.MergeRequest;
import dev.crmkit.core.duplicate.MergeResult;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.RetryableTransactionException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Merging contacts and companies: the survivor's values win unless another record's is chosen or
 * the survivor has none; every related row moves to the survivor; the others are gone; one event;
 * a dry run writes nothing; a stale version refuses the whole merge; and a merge racing an edit
 * never lets both win nor leaves half a merge.
 */
public abstract class MergeContract extends ContractTest {

    private static Map<Long, Long> versions(Contact... contacts) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (Contact contact : contacts) {
            versions.put(contact.id(), contact.version());
        }
        return versions;
    }

    private Contact contact(String email, String phone) {
        return crm().contacts()
                .create(aContact().withEmail(email).withPhone(phone).build());
    }

    @Test
    void should_merge_contacts_moving_everything_to_the_survivor_with_one_event() {
        Pipeline pipeline = givenPipeline();
        Contact survivor = crm().contacts()
                .create(aContact()
                        .withEmail("ada@example.com")
                        .withNotes("first")
                        .build());
        Contact other = crm().contacts()
                .create(aContact()
                        .withEmail("ada.lovelace@example.com")
                        .withPhone("+44 20 7946 0958")
                        .withPosition("Analyst")
                        .withNotes("second")
                        .build());
        Deal deal =
                crm().deals().create(aDeal(pipeline.id()).contactId(other.id()).build());
        Task task = crm().tasks().create(aTask().contactId(other.id()).build());
        Activity call = crm().activities()
                .create(NewActivity.builder(ActivityType.CALL, "Called")
                        .contactId(other.id())
                        .build());
        crm().tags().tag(TaggableKind.CONTACT, survivor.id(), List.of("vip"));
        crm().tags().tag(TaggableKind.CONTACT, other.id(), List.of("vip", "london"));
        events().clear();

        MergeResult<Contact> result = crm().duplicates()
                .mergeContacts(MergeRequest.of(survivor.id(), versions(survivor, other))
                        .withField("email", other.id()));

        Contact merged = crm().contacts().getById(survivor.id());
        assertThat(result.record()).isEqualTo(merged);
        assertThat(merged.email()).isEqualTo("ada.lovelace@example.com");
        assertThat(merged.phone()).isEqualTo("+44 20 7946 0958");
        assertThat(merged.position()).isEqualTo("Analyst");
        assertThat(merged.notes()).isEqualTo("first");
        assertThat(merged.version()).isEqualTo(survivor.version() + 1);
        assertThat(crm().contacts().findById(other.id())).isEmpty();
        assertThat(crm().deals().getById(deal.id()).contactId()).isEqualTo(survivor.id());
        assertThat(crm().tasks().getById(task.id()).contactId()).isEqualTo(survivor.id());
        assertThat(crm().activities().getById(call.id()).contactId()).isEqualTo(survivor.id());
        assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, survivor.id())).containsExactlyInAnyOrder("vip", "london");
        assertThat(result.mergedIds()).containsExactly(other.id());
        assertThat(result.relinked())
                .containsEntry("deals", 1)
                .containsEntry("tasks", 1)
                .containsEntry("activities", 1)
                .containsEntry("tags", 1);
        assertThat(events().events()).singleElement().isInstanceOfSatisfying(ContactEvent.Merged.class, event -> {
            assertThat(event.survivor()).isEqualTo(merged);
            assertThat(event.mergedIds()).containsExactly(other.id());
        });
    }

    @Test
    void should_show_the_result_of_a_dry_run_without_writing_anything() {
        Pipeline pipeline = givenPipeline();
        Contact survivor = contact("ada@example.com", null);
        Contact other = contact("ada2@example.com", "555 123 4567");
        Deal deal =
                crm().deals().create(aDeal(pipeline.id()).contactId(other.id()).build());
        events().clear();

        MergeResult<Contact> preview = crm().duplicates()
                .mergeContacts(MergeRequest.of(survivor.id(), versions(survivor, other))
                        .asDryRun());

        assertThat(preview.dryRun()).isTrue();
        assertThat(preview.record().phone()).isEqualTo("555 123 4567");
        assertThat(preview.record().version()).isEqualTo(survivor.version());
        assertThat(preview.relinked()).containsEntry("deals", 1);
        assertThat(crm().contacts().getById(survivor.id())).isEqualTo(survivor);
        assertThat(crm().contacts().getById(other.id())).isEqualTo(other);
        assertThat(crm().deals().getById(deal.id()).contactId()).isEqualTo(other.id());
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_keep_custom_field_values_the_survivor_lacks_from_the_merged_record() {
        crm().customFields()
                .create(new NewCustomField(
                        CustomFieldKind.CONTACT, "tier", "Tier", CustomFieldType.TEXT, 20, null, List.of(), false));
        Contact survivor = contact("ada@example.com", null);
        Contact other = crm().contacts()
                .create(aContact().withEmail("ada3@example.com").build(), CustomFieldValues.of(Map.of("tier", "gold")));

        MergeResult<Contact> merged =
                crm().duplicates().mergeContacts(MergeRequest.of(survivor.id(), versions(survivor, other)));

        assertThat(merged.record().customFields()).isEqualTo(other.customFields());
        assertThat(crm().contacts().getById(survivor.id()).customFields()).isEqualTo(other.customFields());
    }

    @Test
    void should_refuse_the_whole_merge_when_a_version_is_stale() {
        Pipeline pipeline = givenPipeline();
        Contact survivor = contact("ada@example.com", null);
        Contact other = contact("ada2@example.com", "555 123 4567");
        Deal deal =
                crm().deals().create(aDeal(pipeline.id()).contactId(other.id()).build());
        crm().contacts()
                .update(other.id(), ContactUpdate.builder().position("CTO").build());

        assertThatThrownBy(() ->
                        crm().duplicates().mergeContacts(MergeRequest.of(survivor.id(), versions(survivor, other))))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).id()).isEqualTo(other.id()));

        assertThat(crm().contacts().findById(other.id())).isPresent();
        assertThat(crm().deals().getById(deal.id()).contactId()).isEqualTo(other.id());
    }

    @Test
    void should_refuse_a_merge_whose_survivor_would_carry_more_tags_than_a_record_may() {
        Contact survivor = contact("ada@example.com", null);
        Contact other = contact("ada2@example.com", null);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            first.add("a" + i);
            second.add("b" + i);
        }
        second.add("a0");
        crm().tags().tag(TaggableKind.CONTACT, survivor.id(), first);
        crm().tags().tag(TaggableKind.CONTACT, other.id(), second);
        Contact tagged = crm().contacts().getById(survivor.id());
        Contact otherTagged = crm().contacts().getById(other.id());
        MergeRequest request = MergeRequest.of(survivor.id(), versions(tagged, otherTagged));

        for (MergeRequest attempt : List.of(request.asDryRun(), request)) {
            assertThatThrownBy(() -> crm().duplicates().mergeContacts(attempt))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(
                            e -> assertThat(((ValidationException) e).errors().get("tags"))
                                    .contains("would carry 24 tags")
                                    .contains("20"));
        }
        assertThat(crm().contacts().findById(other.id())).isPresent();
        assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, survivor.id())).hasSize(12);
        assertThat(crm().tags().tagsOf(TaggableKind.CONTACT, other.id())).hasSize(13);
    }

    @Test
    void should_refuse_an_unknown_field_a_missing_survivor_and_a_missing_record() {
        Contact survivor = contact("ada@example.com", null);
        Contact other = contact("ada2@example.com", null);

        assertThatThrownBy(() -> crm().duplicates()
                        .mergeContacts(MergeRequest.of(survivor.id(), versions(survivor, other))
                                .withField("domain", other.id())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("fields.domain"));
        assertThatThrownBy(() -> MergeRequest.of(12345L, versions(survivor, other)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("survivorId"));
        assertThatThrownBy(() -> MergeRequest.of(survivor.id(), versions(survivor)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("versions"));
        Map<Long, Long> withGhost = versions(survivor, other);
        withGhost.put(999_999L, 0L);
        assertThatThrownBy(() -> crm().duplicates().mergeContacts(MergeRequest.of(survivor.id(), withGhost)))
                .isInstanceOf(NotFoundException.class);
        assertThat(crm().contacts().findById(other.id())).isPresent();
    }

    @Test
    void should_merge_companies_moving_contacts_and_deals_and_renaming_the_contacts_company() {
        Pipeline pipeline = givenPipeline();
        Company survivor = crm().companies().create(NewCompany.of("ACME"));
        Company other = crm().companies()
                .create(NewCompany.of("Acme, Inc.").withDomain("acme.com").withPhone("555 999 0000"));
        Contact own = crm().contacts().create(aContact().build().withCompanyId(survivor.id()));
        Contact moved = crm().contacts().create(aContact().build().withCompanyId(other.id()));
        Deal deal =
                crm().deals().create(aDeal(pipeline.id()).companyId(other.id()).build());
        events().clear();

        MergeResult<Company> result = crm().duplicates()
                .mergeCompanies(MergeRequest.of(
                                survivor.id(), Map.of(survivor.id(), survivor.version(), other.id(), other.version()))
                        .withField("name", other.id()));

        Company merged = crm().companies().getById(survivor.id());
        assertThat(result.record()).isEqualTo(merged);
        assertThat(merged.name()).isEqualTo("Acme, Inc.");
        assertThat(merged.domain()).isEqualTo("acme.com");
        assertThat(merged.phone()).isEqualTo("555 999 0000");
        assertThat(crm().companies().findById(other.id())).isEmpty();
        assertThat(crm().contacts().getById(moved.id()))
                .extracting(Contact::companyId, Contact::company)
                .containsExactly(survivor.id(), "Acme, Inc.");
        assertThat(crm().contacts().getById(own.id()).company()).isEqualTo("Acme, Inc.");
        assertThat(crm().deals().getById(deal.id()).companyId()).isEqualTo(survivor.id());
        assertThat(result.relinked()).containsEntry("contacts", 1).containsEntry("deals", 1);
        assertThat(events().events()).singleElement().isInstanceOf(CompanyEvent.Merged.class);
    }

    @Test
    void should_let_a_merge_or_a_concurrent_edit_win_but_never_both_nor_half_a_merge() throws Exception {
        Pipeline pipeline = givenPipeline();
        for (int round = 0; round < 5; round++) {
            Contact survivor = contact("s" + round + "@example.com", null);
            Contact other = contact("o" + round + "@example.com", "555 000 000" + round);
            Deal deal = crm().deals()
                    .create(aDeal(pipeline.id()).contactId(other.id()).build());
            CyclicBarrier start = new CyclicBarrier(2);

            List<Object> outcomes = race(
                    () -> {
                        start.await();
                        return crm().duplicates()
                                .mergeContacts(MergeRequest.of(survivor.id(), versions(survivor, other)));
                    },
                    () -> {
                        start.await();
                        return crm().contacts()
                                .update(
                                        other.id(),
                                        ContactUpdate.builder()
                                                .position("Edited")
                                                .expectedVersion(other.version())
                                                .build());
                    });

            Object merge = outcomes.get(0);
            Object edit = outcomes.get(1);
            assertThat(merge instanceof MergeResult<?> && edit instanceof Contact)
                    .as("round %d: both the merge and the edit won: %s", round, outcomes)
                    .isFalse();
            if (merge instanceof MergeResult<?>) {
                assertThat(edit)
                        .isInstanceOfAny(
                                StaleVersionException.class,
                                NotFoundException.class,
                                RetryableTransactionException.class);
                assertThat(crm().contacts().findById(other.id())).isEmpty();
                assertThat(crm().deals().getById(deal.id()).contactId()).isEqualTo(survivor.id());
                assertThat(crm().contacts().getById(survivor.id()).phone()).isEqualTo(other.phone());
            } else {
                assertThat(merge)
                        .isInstanceOfAny(
                                StaleVersionException.class, RetryableTransactionException.class, CrmException.class);
                assertThat(crm().contacts().findById(other.id())).isPresent();
                assertThat(crm().contacts().getById(survivor.id())).isEqualTo(survivor);
                assertThat(crm().deals().getById(deal.id()).contactId()).isEqualTo(other.id());
            }
        }
    }

    private static List<Object> race(java.util.concurrent.Callable<?> first, java.util.concurrent.Callable<?> second)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = List.of(threads.submit(first), threads.submit(second));
            List<Object> outcomes = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    outcomes.add(future.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a concurrent operation hung", e);
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
