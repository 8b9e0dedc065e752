package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.task.TaskUpdate;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Bad input is refused with a {@link ValidationException} naming the offending field, and
 * nothing is stored or published: blank names, bad emails, negative amounts, unknown stages, and
 * links to a contact, deal or pipeline that does not exist.
 */
public abstract class ValidationContract extends ContractTest {

    @Test
    void should_name_blank_required_text_of_every_aggregate() {
        assertInvalid(
                "firstName",
                () -> crm().contacts().create(aContact().withFirstName("  ").build()));
        assertInvalid(
                "lastName",
                () -> crm().contacts().create(aContact().withLastName("").build()));
        assertInvalid("name", () -> crm().pipelines().create(NewPipeline.of(" \t ")));
        assertInvalid("title", () -> crm().deals().create(NewDeal.builder(" ").build()));
        assertInvalid("title", () -> crm().tasks().create(NewTask.builder(" ").build()));
        assertNothingStored();
    }

    @Test
    void should_name_a_bad_email_on_create_and_on_update() {
        Contact contact = givenContact();
        events().clear();

        for (String bad : List.of("plainaddress", "two@@example.com", "no-dot@example", "spa ce@example.com")) {
            assertInvalid(
                    "email",
                    () -> crm().contacts().create(aContact().withEmail(bad).build()));
            assertInvalid(
                    "email",
                    () -> crm().contacts()
                            .update(
                                    contact.id(),
                                    ContactUpdate.builder().email(bad).build()));
        }
        assertThat(crm().contacts().getById(contact.id())).isEqualTo(contact);
        assertThat(events().events()).isEmpty();
    }

    @Test
    void should_name_a_negative_amount_on_create_and_on_update() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).amount("10.00").build());

        assertInvalid(
                "amount",
                () -> crm().deals()
                        .create(aDeal(pipeline.id())
                                .amount(new BigDecimal("-0.01"))
                                .build()));
        assertInvalid(
                "amount",
                () -> crm().deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder()
                                        .amount(new BigDecimal("-5"))
                                        .build()));
        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
    }

    @Test
    void should_name_an_unknown_currency() {
        Pipeline pipeline = givenPipeline();

        assertInvalid(
                "currency",
                () -> crm().deals().create(aDeal(pipeline.id()).currency("XYZ1").build()));
    }

    @Test
    void should_name_an_unknown_stage_on_create_on_update_and_on_move() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());

        assertInvalid(
                "status",
                () -> crm().deals().create(aDeal(pipeline.id()).status("signed").build()));
        assertInvalid(
                "status",
                () -> crm().deals()
                        .update(deal.id(), DealUpdate.builder().status("signed").build()));
        assertInvalid("status", () -> crm().deals().moveToStage(deal.id(), "nowhere", null));
        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
    }

    @Test
    void should_name_an_unknown_pipeline() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        long unknown = pipeline.id() + 1_000;

        assertInvalid("pipelineId", () -> crm().deals().create(aDeal(unknown).build()));
        assertInvalid(
                "pipelineId",
                () -> crm().deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder().pipelineId(unknown).build()));
    }

    @Test
    void should_name_the_missing_pipeline_when_a_deal_needs_the_default_one_and_none_exists() {
        assertInvalid(
                "pipelineId",
                () -> crm().deals().create(NewDeal.builder("Orphan").build()));
    }

    @Test
    void should_name_an_unknown_contact_of_a_deal_on_create_and_on_update() {
        Pipeline pipeline = givenPipeline();
        Deal deal = crm().deals().create(aDeal(pipeline.id()).build());
        long unknown = givenContact().id() + 1_000;

        assertInvalid(
                "contactId",
                () -> crm().deals()
                        .create(aDeal(pipeline.id()).contactId(unknown).build()));
        assertInvalid(
                "contactId",
                () -> crm().deals()
                        .update(
                                deal.id(),
                                DealUpdate.builder().contactId(unknown).build()));
    }

    @Test
    void should_name_an_unknown_contact_or_deal_of_a_task_on_create_and_on_update() {
        Task task = crm().tasks().create(aTask().build());
        long unknownContact = givenContact().id() + 1_000;
        long unknownDeal =
                crm().deals().create(aDeal(givenPipeline().id()).build()).id() + 1_000;

        assertInvalid(
                "contactId",
                () -> crm().tasks().create(aTask().contactId(unknownContact).build()));
        assertInvalid(
                "dealId", () -> crm().tasks().create(aTask().dealId(unknownDeal).build()));
        assertInvalid(
                "contactId",
                () -> crm().tasks()
                        .update(
                                task.id(),
                                TaskUpdate.builder().contactId(unknownContact).build()));
        assertInvalid(
                "dealId",
                () -> crm().tasks()
                        .update(
                                task.id(),
                                TaskUpdate.builder().dealId(unknownDeal).build()));
        assertThat(crm().tasks().getById(task.id())).isEqualTo(task);
    }

    @Test
    void should_name_bad_stages_of_a_pipeline() {
        Pipeline pipeline = givenPipeline();

        assertInvalid("probability", () -> Stage.of("x", "X", 101, StageOutcome.OPEN));
        assertInvalid("key", () -> Stage.of("Not a key!", "X", 10, StageOutcome.OPEN));
        assertInvalid(
                "stages",
                () -> crm().pipelines()
                        .update(
                                pipeline.id(),
                                PipelineUpdate.builder()
                                        .stages(List.of(Stage.of("won", "Won", 100, StageOutcome.WON)))
                                        .build()));
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(pipeline);
    }

    @Test
    void should_refuse_control_characters_in_pipeline_and_stage_names() {
        Pipeline pipeline = givenPipeline();

        assertInvalid("name", () -> NewPipeline.of("Sales\u0001"));
        assertInvalid("name", () -> Stage.of("x", "X\u001fY", 10, StageOutcome.OPEN));
        assertInvalid(
                "name",
                () -> crm().pipelines()
                        .update(
                                pipeline.id(),
                                PipelineUpdate.builder().name("Sa\u0000les").build()));
        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(pipeline);
        assertThat(NewPipeline.of("Sales\tEMEA").name()).isEqualTo("Sales\tEMEA");
    }

    @Test
    void should_refuse_control_characters_in_any_text_whatever_the_surface() {
        assertControlRefused(
                "firstName",
                () -> crm().contacts()
                        .create(aContact().withFirstName("Jo\u0007hn").build()));
        assertControlRefused(
                "notes",
                () -> crm().contacts().create(aContact().withNotes("a\u001bb").build()));
        assertControlRefused(
                "title",
                () -> crm().tasks().create(NewTask.builder("Call\u0002back").build()));
        assertControlRefused(
                "description",
                () -> crm().tasks().create(aTask().description("x\u0008y").build()));
        assertNothingStored();

        Contact contact = givenContact();
        events().clear();
        assertControlRefused(
                "notes",
                () -> crm().contacts()
                        .update(
                                contact.id(),
                                ContactUpdate.builder().notes("ok\u0001").build()));
        assertThat(crm().contacts().getById(contact.id())).isEqualTo(contact);
        assertThat(events().events()).isEmpty();

        Contact kept = crm().contacts()
                .update(
                        contact.id(),
                        ContactUpdate.builder().notes("line one\r\n\tline two").build());
        assertThat(kept.notes()).isEqualTo("line one\r\n\tline two");
    }

    @Test
    void should_name_a_cursor_that_belongs_to_another_sort_or_is_garbage() {
        crm().contacts().create(aContact().build());
        crm().contacts().create(aContact().build());
        String cursor =
                crm().contacts().find(ContactQuery.all().limit(1)).nextCursor().orElseThrow();

        assertInvalid(
                "cursor",
                () -> ContactQuery.all()
                        .sortedBy(ContactSort.EMAIL, SortDirection.ASC)
                        .after(cursor));
        assertInvalid("cursor", () -> ContactQuery.all().after("not-a-cursor"));
        assertInvalid("limit", () -> DealQuery.all().limit(0));
        assertInvalid("limit", () -> PipelineQuery.all().limit(501));
        assertInvalid("dueAfter", () -> TaskQuery.all().dueBetween(clock().today(), clock().today()));
    }

    private void assertNothingStored() {
        assertThat(crm().contacts().find(ContactQuery.all().withTotal()).total())
                .hasValue(0);
        assertThat(crm().pipelines().find(PipelineQuery.all().withTotal()).total())
                .hasValue(0);
        assertThat(crm().deals().find(DealQuery.all().withTotal()).total()).hasValue(0);
        assertThat(crm().tasks().find(TaskQuery.all().withTotal()).total()).hasValue(0);
        assertThat(events().events()).isEmpty();
    }

    private static void assertControlRefused(String field, ThrowingCallable operation) {
        assertThatThrownBy(operation)
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors()).containsEntry(field, FieldErrors.CONTROL_RULE));
    }

    private static void assertInvalid(String field, ThrowingCallable operation) {
        assertThatThrownBy(operation)
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey(field));
    }
}
