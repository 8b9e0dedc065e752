package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The deal and task edit pages over HTTP, as plain forms: a post, then a redirect or the form again with every error. */
@WebAppTest
class EditPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient browser;
    String tag;
    Pipeline pipeline;

    @BeforeEach
    void session() {
        browser = ApiClient.loggedIn(port);
        tag = UUID.randomUUID().toString().substring(0, 8);
        pipeline = crm.pipelines().create(NewPipeline.of("Edit " + tag));
    }

    @Test
    void should_change_a_deals_amount_contact_stage_and_close_date() {
        Contact ada = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));
        Deal deal = aDeal("Licence " + tag);

        Reply saved = browser.form(
                "/deals/" + deal.id(),
                "title=Bigger+licence&amount=16000&currency=EUR&stage=" + pipeline.id() + "%2Fproposal&contactId="
                        + ada.id() + "&expectedCloseDate=2026-12-24&lostReason=&description=Two%0Alines&version=0");
        String page = browser.get("/deals/" + deal.id()).body();

        assertThat(saved.status()).isEqualTo(302);
        Deal changed = crm.deals().getById(deal.id());
        assertThat(changed.title()).isEqualTo("Bigger licence");
        assertThat(changed.value().amount()).isEqualByComparingTo(new BigDecimal("16000"));
        assertThat(changed.value().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(changed.status()).isEqualTo("proposal");
        assertThat(changed.contactId()).isEqualTo(ada.id());
        assertThat(changed.expectedCloseDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(page)
                .contains("€16,000")
                .contains("Dec 24, 2026")
                .contains(">Proposal<")
                .contains("Ada L")
                .contains("id=\"timeline\"");
    }

    @Test
    void should_show_every_error_of_a_deal_form_at_once_and_keep_the_input() {
        Deal deal = aDeal("Keep " + tag);

        Reply refused = browser.form(
                "/deals/" + deal.id(),
                "title=&amount=12abc&currency=EUR&stage=" + pipeline.id()
                        + "%2Flead&contactId=&expectedCloseDate=2026-02-31&lostReason=&description=kept+text");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Title must not be blank")
                .contains("Amount must be a decimal number")
                .contains("Close date must be a date")
                .contains("id=\"title-error\">must not be blank</p>")
                .contains("id=\"amount-error\">must be a decimal number")
                .contains("id=\"expectedCloseDate-error\">must be a date")
                .contains("value=\"12abc\"")
                .contains("kept text");
        assertThat(crm.deals().getById(deal.id()).title()).isEqualTo("Keep " + tag);
    }

    @Test
    void should_refuse_a_lost_reason_outside_a_lost_stage_and_keep_one_in_it() {
        Deal deal = aDeal("Lost " + tag);
        String form = "title=Lost&amount=10&currency=USD&contactId=&expectedCloseDate=&lostReason=Too+expensive&stage="
                + pipeline.id();

        Reply refused = browser.form("/deals/" + deal.id(), form + "%2Flead");
        Reply saved = browser.form("/deals/" + deal.id(), form + "%2Flost");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Lost reason can only be given when the deal is in a LOST stage");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(crm.deals().getById(deal.id()).lostReason()).isEqualTo("Too expensive");
        assertThat(crm.deals().getById(deal.id()).isClosed()).isTrue();
    }

    @Test
    void should_refuse_a_deal_edit_based_on_a_stale_version() {
        Deal deal = aDeal("Stale " + tag);
        crm.deals().moveToStage(deal.id(), "qualified", null);

        Reply stale = browser.form(
                "/deals/" + deal.id(),
                "title=Other&amount=1&currency=USD&stage=" + pipeline.id() + "%2Flead&version=0");

        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.body())
                .contains("Someone else changed this record meanwhile, so nothing was saved.")
                .as("no field to correct, and a way to the current version that does not post again")
                .contains("<p>Not saved:</p>")
                .doesNotContain("Please correct")
                .contains("<a href=\"\" id=\"stale-current\">See their change and edit again</a>");
        assertThat(browser.get("/deals/" + deal.id()).status())
                .as("that link, read anew")
                .isEqualTo(200);
        assertThat(crm.deals().getById(deal.id()).title()).isEqualTo("Stale " + tag);
    }

    @Test
    void should_delete_a_deal_keep_its_tasks_and_answer_an_html_404_for_its_page() {
        Deal deal = aDeal("Gone " + tag);
        Task task = crm.tasks()
                .create(NewTask.builder("Follow up " + tag).dealId(deal.id()).build());

        Reply deleted = browser.form("/deals/" + deal.id() + "/delete", "");
        Reply gone = browser.get("/deals/" + deal.id());

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(deleted.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/pipelines/" + pipeline.id()));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("text/html");
        assertThat(crm.tasks().getById(task.id()).dealId()).isNull();
    }

    @Test
    void should_link_a_task_to_a_contact_and_a_deal_and_change_its_status() {
        Contact ada = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));
        Deal deal = aDeal("Linked " + tag);
        Task task = crm.tasks().create(NewTask.builder("Call " + tag).build());

        String form = browser.get("/tasks/" + task.id()).body();
        Reply saved = browser.form(
                "/tasks/" + task.id(),
                "title=Call+Ada&priority=high&status=in_progress&dueDate=2026-05-01&contactId=" + ada.id() + "&dealId="
                        + deal.id() + "&description=&version=0");

        assertThat(form).contains(">Ada L · " + tag + "@example.com<").contains(">Linked " + tag + "<");
        assertThat(saved.status()).isEqualTo(302);
        Task changed = crm.tasks().getById(task.id());
        assertThat(changed.title()).isEqualTo("Call Ada");
        assertThat(changed.priority()).isEqualTo(TaskPriority.HIGH);
        assertThat(changed.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(changed.contactId()).isEqualTo(ada.id());
        assertThat(changed.dealId()).isEqualTo(deal.id());
        assertThat(changed.dueDate()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void should_show_every_error_of_a_task_form_at_once_then_name_a_vanished_contact() {
        Task task = crm.tasks().create(NewTask.builder("Errors " + tag).build());

        Reply malformed = browser.form(
                "/tasks/" + task.id(),
                "title=&priority=whenever&status=todo&dueDate=soon&contactId=&dealId=&description=");
        Reply vanished =
                browser.form("/tasks/" + task.id(), "title=Fine&priority=low&status=todo&contactId=999999999&dealId=");

        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.body())
                .contains("Title must not be blank")
                .contains("Priority must be one of")
                .contains("Due date must be a date")
                .contains("id=\"priority-error\">must be one of")
                .contains("id=\"dueDate-error\">must be a date")
                .contains("value=\"soon\"");
        assertThat(vanished.status()).isEqualTo(422);
        assertThat(vanished.body())
                .contains("Contact no contact with id 999999999")
                .contains("id=\"contactId-error\">no contact with id 999999999</p>");
        assertThat(crm.tasks().getById(task.id()).title()).isEqualTo("Errors " + tag);
    }

    @Test
    void should_delete_a_task() {
        Task task = crm.tasks().create(NewTask.builder("Delete " + tag).build());

        Reply deleted = browser.form("/tasks/" + task.id() + "/delete", "");

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(crm.tasks().findById(task.id())).isEmpty();
        assertThat(browser.get("/tasks/" + task.id()).status()).isEqualTo(404);
    }

    @Test
    void should_name_a_required_field_the_stages_form_left_out_and_change_nothing() {
        Reply refused = browser.form("/pipelines/" + pipeline.id() + "/stages", "name=Renamed");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("version").asString()).isEqualTo("is required");
        assertThat(crm.pipelines().getById(pipeline.id()).name()).isEqualTo("Edit " + tag);
    }

    @Test
    void should_rename_reorder_add_and_reweigh_stages_in_one_form() {
        Deal deal = aDeal("Staged " + tag);
        // lead, qualified, proposal, negotiation, won, lost; proposal moves before qualified, a new stage goes third
        String form = "name=Edit+" + tag + "&version=0"
                + row("lead", "Inbound", "5", "OPEN", "1", true)
                + row("qualified", "Qualified", "25", "OPEN", "3", true)
                + row("proposal", "Proposal", "50", "OPEN", "2", true)
                + row("negotiation", "Negotiation", "80", "OPEN", "5", true)
                + row("won", "Won", "100", "WON", "6", true)
                + row("lost", "Lost", "0", "LOST", "7", true)
                + row("", "Proof of concept", "60", "OPEN", "4", false);

        Reply saved = browser.form("/pipelines/" + pipeline.id() + "/stages", form);

        assertThat(saved.status()).isEqualTo(302);
        Pipeline changed = crm.pipelines().getById(pipeline.id());
        assertThat(changed.stages())
                .extracting(stage -> stage.key() + ":" + stage.name() + ":" + stage.probability())
                .containsExactly(
                        "lead:Inbound:5",
                        "proposal:Proposal:50",
                        "qualified:Qualified:25",
                        "proof-of-concept:Proof of concept:60",
                        "negotiation:Negotiation:80",
                        "won:Won:100",
                        "lost:Lost:0");
        assertThat(crm.deals().getById(deal.id()).status()).isEqualTo("lead");
        assertThat(browser.get("/pipelines/" + pipeline.id()).body()).contains(">Proof of concept<");
    }

    @Test
    void should_name_the_stage_row_of_each_error_and_refuse_removing_a_stage_with_deals() {
        aDeal("Blocking " + tag);
        String rows = row("lead", "", "150", "OPEN", "1", true)
                + row("won", "Won", "100", "WON", "2", true)
                + row("lost", "Lost", "0", "LOST", "3", true);

        Reply invalid = browser.form("/pipelines/" + pipeline.id() + "/stages", "name=X&version=0" + rows);
        Reply removal = browser.form(
                "/pipelines/" + pipeline.id() + "/stages",
                "name=X&version=0" + row("lead", "Lead", "10", "OPEN", "1", true) + "&remove=lead"
                        + row("qualified", "Qualified", "25", "OPEN", "2", true));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body())
                .contains("Stage 1 name must not be blank")
                .contains("Stage 1 probability must be between 0 and 100")
                .contains("value=\"150\"");
        assertThat(removal.status()).isEqualTo(422);
        assertThat(crm.pipelines().getById(pipeline.id()).stages()).hasSize(6);
    }

    @Test
    void should_list_in_progress_tasks_behind_the_open_tasks_card() {
        Task doing = crm.tasks()
                .create(NewTask.builder("Doing " + tag)
                        .status(TaskStatus.IN_PROGRESS)
                        .build());
        crm.tasks()
                .create(NewTask.builder("Done " + tag)
                        .status(TaskStatus.COMPLETED)
                        .build());

        String dashboard = browser.get("/").body();
        String open = browser.get("/tasks?status=open").body();
        String contacts = browser.get("/contacts").body();

        assertThat(dashboard).contains("href=\"/tasks?status=open\" id=\"open-tasks-card\"");
        assertThat(open).contains("Doing " + tag).contains(">In progress<").doesNotContain("Done " + tag);
        assertThat(doing.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(contacts)
                .contains(">Last name<")
                .contains(">Last name, descending<")
                .doesNotContain("last_name<");
    }

    private static String row(
            String key, String name, String probability, String outcome, String order, boolean existing) {
        return "&key=" + key + "&stageName=" + name.replace(' ', '+') + "&probability=" + probability + "&outcome="
                + outcome + "&order=" + order + (existing ? "&existing=" + key : "");
    }

    private Deal aDeal(String title) {
        return crm.deals()
                .create(NewDeal.builder(title)
                        .pipelineId(pipeline.id())
                        .amount("100")
                        .currency("USD")
                        .build());
    }
}
