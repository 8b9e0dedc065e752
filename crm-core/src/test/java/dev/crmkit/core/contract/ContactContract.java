package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.trash.TrashEvent;
import dev.crmkit.core.trash.TrashKind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Contacts: create, read, update, delete, search, and their rules. */
public abstract class ContactContract extends ContractTest {

    @Test
    void should_create_a_contact_and_read_it_back_unchanged() {
        Contact created = crm().contacts()
                .create(aContact()
                        .withFirstName("Grace")
                        .withLastName("Hopper")
                        .withEmail("grace@navy.example")
                        .withPhone("+1 555 0100")
                        .withCompany("US Navy")
                        .withPosition("Rear Admiral")
                        .withNotes("Invented the first compiler.")
                        .build());

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isEqualTo(clock().instant()).isEqualTo(created.updatedAt());
        assertThat(crm().contacts().getById(created.id())).isEqualTo(created);
        assertThat(created.fullName()).isEqualTo("Grace Hopper");
    }

    @Test
    void should_issue_a_new_id_for_every_contact() {
        Contact first = givenContact();
        Contact second = givenContact();

        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void should_strip_text_turn_blank_optionals_into_absent_and_lower_case_the_email() {
        Contact created = crm().contacts()
                .create(aContact()
                        .withFirstName("  Alan ")
                        .withEmail(" Alan.Turing@Example.COM ")
                        .withCompany("   ")
                        .build());

        assertThat(created.firstName()).isEqualTo("Alan");
        assertThat(created.email()).isEqualTo("alan.turing@example.com");
        assertThat(created.company()).isNull();
    }

    @Test
    void should_name_every_invalid_field() {
        assertThatThrownBy(() -> new NewContact(" ", null, "not-an-email", null, null, null, null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("firstName", "must not be blank")
                                .containsEntry("lastName", "must not be blank")
                                .containsKey("email"));
    }

    @Test
    void should_refuse_a_duplicate_email_in_any_letter_case() {
        Contact existing =
                crm().contacts().create(aContact().withEmail("ada@example.com").build());

        assertThatThrownBy(() -> crm().contacts()
                        .create(aContact().withEmail("ADA@Example.com").build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("email");
                    assertThat(e.conflictingId()).hasValue(existing.id());
                });
        assertThat(crm().contacts().find(ContactQuery.all().withTotal()).total())
                .hasValue(1);
    }

    @Test
    void should_find_a_contact_by_email_ignoring_case() {
        Contact existing = crm().contacts()
                .create(aContact().withEmail("linus@example.com").build());

        assertThat(crm().contacts().findByEmail("Linus@EXAMPLE.com")).contains(existing);
        assertThat(crm().contacts().findByEmail("nobody@example.com")).isEmpty();
    }

    @Test
    void should_report_an_unknown_id_as_not_found() {
        long unknown = givenContact().id() + 1_000;

        assertThat(crm().contacts().findById(unknown)).isEmpty();
        assertThatThrownBy(() -> crm().contacts().getById(unknown))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entity()).isEqualTo("contact");
                    assertThat(e.id()).isEqualTo(unknown);
                });
        assertThatThrownBy(() -> crm().contacts()
                        .update(unknown, ContactUpdate.builder().phone("1").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm().contacts().deleteById(unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void should_change_only_the_fields_an_update_names() {
        Contact contact = crm().contacts()
                .create(aContact()
                        .withCompany("Analytical Engines")
                        .withPhone("1")
                        .build());
        clock().advance(Duration.ofMinutes(5));

        Contact updated = crm().contacts()
                .update(
                        contact.id(),
                        ContactUpdate.builder().position("Countess").phone(null).build());

        assertThat(updated.position()).isEqualTo("Countess");
        assertThat(updated.phone()).isNull();
        assertThat(updated.company()).isEqualTo("Analytical Engines");
        assertThat(updated.firstName()).isEqualTo(contact.firstName());
        assertThat(updated.version()).isEqualTo(contact.version() + 1);
        assertThat(updated.updatedAt()).isEqualTo(clock().instant());
        assertThat(updated.createdAt()).isEqualTo(contact.createdAt());
        assertThat(crm().contacts().getById(contact.id())).isEqualTo(updated);
    }

    @Test
    void should_write_nothing_for_an_update_that_changes_nothing() {
        Contact contact = crm().contacts().create(aContact().withCompany("Acme").build());
        events().clear();

        Contact same = crm().contacts()
                .update(contact.id(), ContactUpdate.builder().company("Acme").build());

        assertThat(same).isEqualTo(contact);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_refuse_to_clear_a_required_field() {
        Contact contact = givenContact();

        assertThatThrownBy(() -> crm().contacts()
                        .update(
                                contact.id(),
                                ContactUpdate.builder().lastName(" ").build()))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("lastName"));
    }

    @Test
    void should_refuse_to_take_the_email_of_another_contact() {
        Contact ada =
                crm().contacts().create(aContact().withEmail("ada@example.com").build());
        Contact other = givenContact();

        assertThatThrownBy(() -> crm().contacts()
                        .update(
                                other.id(),
                                ContactUpdate.builder().email("ADA@example.com").build()))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.conflictingId()).hasValue(ada.id()));
    }

    @Test
    void should_refuse_an_update_based_on_a_stale_version() {
        Contact contact = givenContact();
        crm().contacts().update(contact.id(), ContactUpdate.builder().phone("1").build());

        assertThatThrownBy(() -> crm().contacts()
                        .update(
                                contact.id(),
                                ContactUpdate.builder()
                                        .phone("2")
                                        .expectedVersion(contact.version())
                                        .build()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(crm().contacts().getById(contact.id()).phone()).isEqualTo("1");
    }

    @Test
    void should_delete_a_contact_with_its_tasks_and_keep_its_deals_without_contact() {
        Contact contact = givenContact();
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals()
                .create(aDeal(pipeline.id()).contactId(contact.id()).build());
        Task task = crm().tasks().create(aTask().contactId(contact.id()).build());
        Task otherTask = crm().tasks().create(aTask().build());

        crm().contacts().deleteById(contact.id());

        assertThat(crm().contacts().findById(contact.id())).isEmpty();
        assertThat(crm().tasks().findById(task.id())).isEmpty();
        assertThat(crm().tasks().findById(otherTask.id())).isPresent();
        assertThat(crm().deals().getById(deal.id()).contactId()).isNull();
    }

    @Test
    void should_search_name_email_and_company_ignoring_case() {
        Contact ada = crm().contacts()
                .create(aContact().withFirstName("Ada").withLastName("Lovelace").build());
        Contact grace = crm().contacts()
                .create(aContact()
                        .withFirstName("Grace")
                        .withLastName("Hopper")
                        .withEmail("grace@navy.example")
                        .build());
        Contact alan = crm().contacts()
                .create(aContact()
                        .withFirstName("Alan")
                        .withLastName("Turing")
                        .withCompany("Bletchley Park")
                        .build());

        assertThat(search("ada LOVE")).containsExactly(ada);
        assertThat(search("NAVY.example")).containsExactly(grace);
        assertThat(search("bletchley")).containsExactly(alan);
        assertThat(search("a")).containsExactly(ada, grace, alan);
        assertThat(search("zz")).isEmpty();
    }

    @Test
    void should_match_percent_and_underscore_in_search_text_literally() {
        Contact percent =
                crm().contacts().create(aContact().withCompany("100% Juice").build());
        crm().contacts().create(aContact().withCompany("1000 Juices").build());
        Contact underscore =
                crm().contacts().create(aContact().withEmail("a_b@example.com").build());
        crm().contacts().create(aContact().withEmail("axb@example.com").build());

        assertThat(search("100%")).containsExactly(percent);
        assertThat(search("a_b")).containsExactly(underscore);
    }

    @Test
    void should_filter_by_exact_company() {
        Contact acme = crm().contacts().create(aContact().withCompany("Acme").build());
        crm().contacts().create(aContact().withCompany("Acme Labs").build());
        crm().contacts().create(aContact().build());

        Page<Contact> page = crm().contacts().find(ContactQuery.all().withCompany("Acme"));

        assertThat(page.items()).containsExactly(acme);
    }

    @Test
    void should_publish_created_updated_and_deleted_events_in_order() {
        Contact contact = givenContact();
        Contact updated = crm().contacts()
                .update(contact.id(), ContactUpdate.builder().phone("1").build());
        crm().contacts().deleteById(contact.id());

        assertThat(events().events())
                .containsExactly(
                        new ContactEvent.Created(contact, clock().instant()),
                        new ContactEvent.Updated(contact, updated, clock().instant()),
                        new ContactEvent.Deleted(contact.id(), clock().instant()),
                        new TrashEvent.Trashed(TrashKind.CONTACT, contact.id(), clock().instant()));
    }

    private java.util.List<Contact> search(String text) {
        return crm().contacts().find(ContactQuery.all().withText(text)).items();
    }
}
