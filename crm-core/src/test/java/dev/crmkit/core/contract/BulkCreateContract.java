package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bulk creates ({@code createAll}, over the storage's {@code insertAll}): the rules of the single
 * create, errors named by row, all or nothing, one created event per record in order.
 */
@Tag("transfer")
public abstract class BulkCreateContract extends ContractTest {

    @Test
    void should_create_contacts_in_one_go_and_read_each_back_unchanged() {
        List<NewContact> commands = IntStream.range(0, 1_203)
                .mapToObj(i -> aContact()
                        .withEmail("bulk" + i + "@Example.com")
                        .withCompany(i % 2 == 0 ? null : "ACME")
                        .build())
                .toList();

        List<Contact> created = crm().contacts().createAll(commands);

        assertThat(created).hasSize(commands.size());
        assertThat(new HashSet<>(created.stream().map(Contact::id).toList())).hasSize(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            Contact contact = created.get(i);
            assertThat(contact.email()).isEqualTo("bulk" + i + "@example.com");
            assertThat(contact.version()).isZero();
            assertThat(contact.createdAt()).isEqualTo(clock().instant());
        }
        assertThat(crm().contacts().getById(created.get(0).id())).isEqualTo(created.get(0));
        assertThat(crm().contacts().getById(created.get(1_202).id())).isEqualTo(created.get(1_202));
        assertThat(crm().contacts().findByEmail("BULK77@example.com")).contains(created.get(77));
        assertThat(crm().contacts()
                        .find(ContactQuery.all().withText("bulk1202"))
                        .items())
                .containsExactly(created.get(1_202));
        assertThat(events().events())
                .containsExactlyElementsOf(created.stream()
                        .map(c -> (CrmEvent) new ContactEvent.Created(c, c.createdAt()))
                        .toList());
    }

    @Test
    void should_keep_texts_that_look_like_array_or_null_syntax_and_issue_ids_in_the_commands_order() {
        List<String> notes = List.of(
                "NULL", "null", "{a,b}", "\"quoted\", and, commas", "back\\slash \\\"", "", "  ", "é ☃ 😀", "a\nb\tc");
        List<NewContact> commands = IntStream.range(0, notes.size())
                .mapToObj(i -> aContact()
                        .withLastName(
                                notes.get(i).isBlank() ? "Blank" : notes.get(i).replaceAll("\\s", " "))
                        .withNotes(notes.get(i))
                        .withPhone(i % 2 == 0 ? null : "NULL")
                        .build())
                .toList();

        List<Contact> created = crm().contacts().createAll(commands);

        for (int i = 0; i < created.size(); i++) {
            Contact stored = crm().contacts().getById(created.get(i).id());
            assertThat(stored).isEqualTo(created.get(i));
            assertThat(stored.notes()).isEqualTo(commands.get(i).notes());
            assertThat(stored.phone()).isEqualTo(i % 2 == 0 ? null : "NULL");
        }
        assertThat(created.stream().map(Contact::id).toList()).isSorted();
    }

    @Test
    void should_find_contacts_by_many_emails_ignoring_case() {
        List<Contact> created = crm().contacts()
                .createAll(List.of(
                        aContact().withEmail("one@example.com").build(),
                        aContact().withEmail("two@example.com").build()));

        assertThat(crm().contacts().findByEmails(List.of("TWO@example.com", "three@example.com", "one@example.com")))
                .containsExactlyInAnyOrderElementsOf(created);
    }

    @Test
    void should_refuse_every_contact_when_one_email_is_taken_naming_its_row() {
        Contact existing = givenContact();
        events().clear();
        List<NewContact> commands = List.of(
                aContact().build(),
                aContact().build(),
                aContact().withEmail(existing.email().toUpperCase()).build());

        assertThatThrownBy(() -> crm().contacts().createAll(commands))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).contains("[2].email");
                    assertThat(e.conflictingId()).hasValue(existing.id());
                });
        assertThat(contactCount()).isEqualTo(1);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_refuse_two_contacts_with_one_email_naming_the_second() {
        List<NewContact> commands = List.of(
                aContact().withEmail("same@example.com").build(),
                aContact().build(),
                aContact().withEmail("SAME@example.com").build());

        assertThatThrownBy(() -> crm().contacts().createAll(commands))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("[2].email"));
        assertThat(contactCount()).isZero();
    }

    @Test
    void should_create_nothing_and_publish_nothing_for_no_commands() {
        assertThat(crm().contacts().createAll(List.of())).isEmpty();
        assertThat(crm().deals().createAll(List.of())).isEmpty();
        assertThat(crm().tasks().createAll(List.of())).isEmpty();
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_create_deals_with_the_rules_of_a_single_create() {
        Pipeline pipeline = givenPipeline();
        Contact contact = givenContact();
        events().clear();

        List<Deal> created = crm().deals()
                .createAll(List.of(
                        aDeal(pipeline.id())
                                .amount("1250.50")
                                .currency("EUR")
                                .contactId(contact.id())
                                .build(),
                        aDeal(pipeline.id()).status("won").build(),
                        NewDeal.builder("Lost one")
                                .pipelineId(pipeline.id())
                                .status("lost")
                                .lostReason("price")
                                .expectedCloseDate(LocalDate.of(2026, 3, 1))
                                .build()));

        assertThat(created).extracting(Deal::status).containsExactly("lead", "won", "lost");
        assertThat(created.get(0).value().amount()).isEqualByComparingTo(new BigDecimal("1250.50"));
        assertThat(created.get(0).contactId()).isEqualTo(contact.id());
        assertThat(created.get(0).closedAt()).isNull();
        assertThat(created.get(1).closedAt()).isEqualTo(clock().instant());
        assertThat(created.get(2).lostReason()).isEqualTo("price");
        for (Deal deal : created) {
            assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
        }
        assertThat(events().events())
                .containsExactlyElementsOf(created.stream()
                        .map(d -> (CrmEvent) new DealEvent.Created(d, d.createdAt()))
                        .toList());
    }

    @Test
    void should_refuse_every_deal_naming_each_invalid_field_by_row() {
        Pipeline pipeline = givenPipeline();
        events().clear();
        List<NewDeal> commands = List.of(
                aDeal(pipeline.id()).build(),
                aDeal(pipeline.id()).contactId(Long.MAX_VALUE).build(),
                aDeal(pipeline.id()).status("no-such-stage").build());

        assertThatThrownBy(() -> crm().deals().createAll(commands))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("[1].contactId", "[2].status"));
        assertThat(crm().deals().find(DealQuery.all()).items()).isEmpty();
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_create_tasks_with_links_and_completion_and_refuse_a_missing_link_by_row() {
        Contact contact = givenContact();
        Deal deal = crm().deals().create(aDeal(givenPipeline().id()).build());
        events().clear();
        List<NewTask> commands = new ArrayList<>(List.of(
                aTask().contactId(contact.id())
                        .dealId(deal.id())
                        .dueDate(LocalDate.of(2026, 5, 4))
                        .build(),
                aTask().status(TaskStatus.COMPLETED).build()));

        List<Task> created = crm().tasks().createAll(commands);

        assertThat(created.get(0).contactId()).isEqualTo(contact.id());
        assertThat(created.get(0).dealId()).isEqualTo(deal.id());
        assertThat(created.get(0).completedAt()).isNull();
        assertThat(created.get(1).completedAt()).isEqualTo(clock().instant());
        for (Task task : created) {
            assertThat(crm().tasks().getById(task.id())).isEqualTo(task);
        }
        assertThat(events().events())
                .containsExactlyElementsOf(created.stream()
                        .map(t -> (CrmEvent) new TaskEvent.Created(t, t.createdAt()))
                        .toList());

        commands.add(aTask().dealId(Long.MAX_VALUE).build());
        assertThatThrownBy(() -> crm().tasks().createAll(commands))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys("[2].dealId"));
        assertThat(crm().tasks().find(TaskQuery.all()).items()).hasSize(2);
    }

    @Test
    void should_roll_back_a_bulk_create_with_the_transaction_it_joined() {
        assertThatThrownBy(() -> crm().inTransaction(() -> {
                    crm().contacts()
                            .createAll(List.of(aContact().build(), aContact().build()));
                    throw new IllegalStateException("the host's work failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(contactCount()).isZero();
        assertThat(events().events()).isEmpty();
    }

    private long contactCount() {
        return crm().contacts().find(ContactQuery.all().withTotal()).total().orElseThrow();
    }
}
