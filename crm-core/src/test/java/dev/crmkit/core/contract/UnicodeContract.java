package dev.crmkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Text is stored exactly: 4-byte characters (emoji, mathematical letters), right-to-left
 * scripts and combining marks round-trip in every text field; a text of exactly the limit, counted
 * in code points, is stored whole; one more code point is refused naming the field.
 */
public abstract class UnicodeContract extends ContractTest {

    private static final String EMOJI = "😀";
    private static final String MATH = "𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
    private static final String ARABIC = "مرحبا بالعالم";
    private static final String HEBREW = "שָׁלוֹם עוֹלָם";
    private static final String COMBINING = "Zoe\u0308 cafe\u0301 n\u0303";
    private static final String MIXED = EMOJI + " " + MATH + " " + ARABIC + " " + HEBREW + " " + COMBINING + " 漢字";

    @Test
    void should_round_trip_every_contact_text_field() {
        Contact contact = crm().contacts()
                .create(new NewContact(
                        MATH + EMOJI, ARABIC, EMOJI + ".ünï@例え.jp", "+972 " + HEBREW, COMBINING, HEBREW, MIXED));

        assertThat(crm().contacts().getById(contact.id())).isEqualTo(contact);
        assertThat(crm().contacts().find(ContactQuery.all()).items()).containsExactly(contact);
        assertThat(contact.lastName()).isEqualTo(ARABIC);
        assertThat(contact.notes()).isEqualTo(MIXED);
    }

    @Test
    void should_search_and_filter_unicode_text() {
        Contact contact = crm().contacts()
                .create(new NewContact("Émile", "Zoë", "emile@example.com", null, "Café " + EMOJI, null, null));

        assertThat(crm().contacts()
                        .find(ContactQuery.all().withText("ÉMILE ZOË"))
                        .items())
                .containsExactly(contact);
        assertThat(crm().contacts().find(ContactQuery.all().withText(EMOJI)).items())
                .containsExactly(contact);
        assertThat(crm().contacts()
                        .find(ContactQuery.all().withCompany("Café " + EMOJI))
                        .items())
                .containsExactly(contact);
    }

    @Test
    void should_round_trip_every_pipeline_deal_and_task_text_field() {
        Pipeline pipeline = crm().pipelines()
                .create(new NewPipeline(
                        ARABIC + EMOJI,
                        MIXED,
                        List.of(
                                Stage.of("open", HEBREW, 10, StageOutcome.OPEN),
                                Stage.of("lost", MATH + EMOJI, 0, StageOutcome.LOST))));
        Deal deal = crm().deals()
                .create(NewDeal.builder(MATH + " " + HEBREW)
                        .description(MIXED)
                        .pipelineId(pipeline.id())
                        .status("lost")
                        .lostReason(COMBINING + EMOJI)
                        .build());
        Task task = crm().tasks()
                .create(NewTask.builder(ARABIC + " " + EMOJI)
                        .description(MIXED)
                        .dealId(deal.id())
                        .build());

        assertThat(crm().pipelines().getById(pipeline.id())).isEqualTo(pipeline);
        assertThat(crm().pipelines().find(PipelineQuery.all()).items()).containsExactly(pipeline);
        assertThat(crm().deals().getById(deal.id())).isEqualTo(deal);
        assertThat(crm().deals().find(DealQuery.all()).items()).containsExactly(deal);
        assertThat(crm().tasks().getById(task.id())).isEqualTo(task);
        assertThat(crm().tasks().find(TaskQuery.all()).items()).containsExactly(task);
    }

    @Test
    void should_store_contact_text_of_exactly_the_limit_and_refuse_one_more() {
        assertLimit(
                "firstName",
                Contact.FIRST_NAME_MAX,
                text -> stored(contact(text, "L")).firstName());
        assertLimit(
                "lastName",
                Contact.LAST_NAME_MAX,
                text -> stored(contact("F", text)).lastName());
        assertLimit(
                "phone",
                Contact.PHONE_MAX,
                text -> stored(contact("F", "L").withPhone(text)).phone());
        assertLimit(
                "company",
                Contact.COMPANY_MAX,
                text -> stored(contact("F", "L").withCompany(text)).company());
        assertLimit(
                "position",
                Contact.POSITION_MAX,
                text -> stored(contact("F", "L").withPosition(text)).position());
        assertLimit(
                "notes",
                Contact.NOTES_MAX,
                text -> stored(contact("F", "L").withNotes(text)).notes());
    }

    @Test
    void should_store_an_email_of_exactly_the_limit_and_refuse_one_more() {
        String local = EMOJI.repeat(32) + "a".repeat(32);
        String domainOfLimit = EMOJI.repeat(90) + "." + "a".repeat(Contact.EMAIL_MAX - 64 - 1 - 91);
        String email = local + "@" + domainOfLimit;
        assertThat(email.codePointCount(0, email.length())).isEqualTo(Contact.EMAIL_MAX);

        Contact stored = crm().contacts().create(NewContact.of("F", "L", email));

        assertThat(crm().contacts().getById(stored.id()).email()).isEqualTo(email);
        assertRefused("email", () -> NewContact.of("F", "L", email + "a"));
    }

    @Test
    void should_store_pipeline_deal_and_task_text_of_exactly_the_limit_and_refuse_one_more() {
        assertLimit(
                "name", Pipeline.NAME_MAX, text -> stored(NewPipeline.of(text)).name());
        assertLimit(
                "description",
                Pipeline.DESCRIPTION_MAX,
                text -> stored(NewPipeline.of("P").withDescription(text)).description());
        // A stage checks itself, before it is part of a pipeline: its error names its own field.
        assertLimit(
                "name",
                Stage.NAME_MAX,
                text -> stored(NewPipeline.of("P").withStages(List.of(Stage.of("open", text, 10, StageOutcome.OPEN))))
                        .stages()
                        .get(0)
                        .name());
        long pipelineId = crm().pipelines().create(NewPipeline.of("Deals")).id();
        assertLimit(
                "title",
                Deal.TITLE_MAX,
                text -> stored(NewDeal.builder(text).pipelineId(pipelineId)).title());
        assertLimit(
                "description",
                Deal.DESCRIPTION_MAX,
                text -> stored(NewDeal.builder("D").pipelineId(pipelineId).description(text))
                        .description());
        assertLimit(
                "lostReason",
                Deal.LOST_REASON_MAX,
                text -> stored(NewDeal.builder("D")
                                .pipelineId(pipelineId)
                                .status("lost")
                                .lostReason(text))
                        .lostReason());
        assertLimit(
                "title", Task.TITLE_MAX, text -> stored(NewTask.builder(text)).title());
        assertLimit(
                "description",
                Task.DESCRIPTION_MAX,
                text -> stored(NewTask.builder("T").description(text)).description());
    }

    @Test
    void should_store_a_stage_key_of_exactly_the_limit_and_refuse_one_more() {
        String key = "k".repeat(Stage.KEY_MAX);
        Pipeline pipeline = crm().pipelines()
                .create(NewPipeline.of("Keys").withStages(List.of(Stage.of(key, "Long key", 10, StageOutcome.OPEN))));

        assertThat(crm().pipelines().getById(pipeline.id()).stages())
                .extracting(Stage::key)
                .containsExactly(key);
        assertRefused("key", () -> Stage.of(key + "k", "Too long", 10, StageOutcome.OPEN));
    }

    /** Stores a text of exactly {@code max} code points, half of them 4-byte, and reads it back; refuses max + 1. */
    private static void assertLimit(String field, int max, Function<String, @Nullable String> storeAndRead) {
        String atLimit = EMOJI.repeat(max / 2) + "a".repeat(max - max / 2);
        assertThat(atLimit.codePointCount(0, atLimit.length())).isEqualTo(max);

        assertThat(storeAndRead.apply(atLimit)).as("%s at its limit", field).isEqualTo(atLimit);
        assertRefused(field, () -> storeAndRead.apply(atLimit + EMOJI));
    }

    private static NewContact contact(String firstName, String lastName) {
        return NewContact.of(firstName, lastName, "limit" + TestData.nextNumber() + "@example.com");
    }

    private Contact stored(NewContact command) {
        Contact created = crm().contacts().create(command);
        assertThat(crm().contacts().getById(created.id())).isEqualTo(created);
        return created;
    }

    private Pipeline stored(NewPipeline command) {
        Pipeline created = crm().pipelines().create(command);
        assertThat(crm().pipelines().getById(created.id())).isEqualTo(created);
        return created;
    }

    private Deal stored(NewDeal.Builder command) {
        Deal created = crm().deals().create(command.build());
        assertThat(crm().deals().getById(created.id())).isEqualTo(created);
        return created;
    }

    private Task stored(NewTask.Builder command) {
        Task created = crm().tasks().create(command.build());
        assertThat(crm().tasks().getById(created.id())).isEqualTo(created);
        return created;
    }

    private static void assertRefused(String field, ThrowingCallable operation) {
        assertThatThrownBy(operation)
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).containsKey(field));
    }
}
