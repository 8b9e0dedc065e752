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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages over HTTP, as plain forms without JavaScript: every action works by a post and a redirect. */
@WebAppTest
class PagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient browser;
    String tag;

    @BeforeEach
    void session() {
        browser = ApiClient.loggedIn(port);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void should_show_the_open_value_and_weighted_forecast_of_each_pipeline() {
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Dash " + tag));
        crm.deals()
                .create(NewDeal.builder("Big one")
                        .pipelineId(pipeline.id())
                        .amount("1000")
                        .currency("USD")
                        .status("proposal")
                        .build());

        String page = browser.get("/").body();

        // 1000 USD in a 50 % stage
        assertThat(page)
                .containsPattern("Dash " + tag + "</a></td>\\s*<td>1</td>\\s*<td>\\$1,000</td>\\s*<td>\\$500</td>");
    }

    @Test
    void should_count_every_overdue_task_and_list_those_due_soon() {
        LocalDate today = LocalDate.now(crm.clock());
        long before = count(browser.get("/").body(), "overdue-count");
        crm.tasks()
                .create(NewTask.builder("Overdue " + tag)
                        .dueDate(today.minusDays(3))
                        .build());
        crm.tasks()
                .create(NewTask.builder("Soon " + tag)
                        .dueDate(today.plusDays(2))
                        .build());

        String page = browser.get("/").body();

        assertThat(count(page, "overdue-count")).isEqualTo(before + 1);
        assertThat(page).contains("Soon " + tag);
    }

    @Test
    void should_search_and_page_through_contacts() {
        for (int i = 0; i < 25; i++) {
            crm.contacts()
                    .create(NewContact.of("P" + i, "Pager", tag + i + "@example.com")
                            .withCompany(tag));
        }

        String first = browser.get("/contacts?q=" + tag + "&sort=-email").body();

        assertThat(first)
                .contains("(25)")
                .contains(tag + "9@example.com")
                .doesNotContain(tag + "0@example.com")
                .contains("id=\"next-page\"");
    }

    @Test
    void should_edit_a_contact_and_refuse_an_edit_based_on_a_stale_version() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));

        Reply saved = form(
                "/contacts/" + contact.id(), "firstName=Augusta&lastName=L&email=" + tag + "%40example.com&version=0");
        Reply stale = form(
                "/contacts/" + contact.id(), "firstName=Other&lastName=L&email=" + tag + "%40example.com&version=0");

        assertThat(saved.status()).isEqualTo(302);
        assertThat(crm.contacts().getById(contact.id()).firstName()).isEqualTo("Augusta");
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.body()).contains("Someone else changed this contact");
    }

    @Test
    void should_show_a_duplicate_email_next_to_the_email_field() {
        crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));

        Reply refused = form("/contacts", "firstName=Bob&lastName=B&email=" + tag + "%40example.com");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"email-error\"")
                .contains("is already used by contact")
                .contains("Email " + tag + "@example.com is already used by contact");
    }

    @Test
    void should_take_the_form_as_a_browser_posts_it_with_every_field_and_no_company_picked() {
        Reply refused = form(
                "/contacts",
                "firstName=&lastName=Lovelace&email=" + tag + "%40example.com&phone=&company=&position=&tags="
                        + "&companyId=&notes=");
        Reply created = form(
                "/contacts",
                "firstName=Ada&lastName=Lovelace&email=" + tag + "%40example.com&phone=&company=&position=&tags="
                        + "&companyId=&notes=");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"firstName-error\"");
        assertThat(created.status()).isEqualTo(302);
        assertThat(crm.contacts().findByEmails(List.of(tag + "@example.com")))
                .singleElement()
                .satisfies(contact -> assertThat(contact.companyId()).isNull());
    }

    @Test
    void should_name_each_form_field_that_is_not_a_number_and_create_nothing() {
        Reply refused = form(
                "/contacts",
                "firstName=Ada&lastName=Lovelace&email=" + tag + "%40example.com&companyId=abc&version=1x");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("companyId").asString())
                .isEqualTo("must be a whole number written in digits, such as 50");
        assertThat(refused.errors().path("version").asString()).startsWith("must be a whole number");
        assertThat(crm.contacts().findByEmails(List.of(tag + "@example.com"))).isEmpty();
    }

    @Test
    void should_delete_a_contact_then_answer_an_html_404_for_its_page() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));

        Reply deleted = form("/contacts/" + contact.id() + "/delete", "");
        Reply gone = browser.get("/contacts/" + contact.id());

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("text/html");
        assertThat(gone.body()).contains("contact " + contact.id() + " does not exist");
    }

    @Test
    void should_filter_tasks_and_complete_one_in_one_click() {
        Task task = crm.tasks()
                .create(NewTask.builder("Urgent " + tag)
                        .priority(TaskPriority.URGENT)
                        .build());
        crm.tasks()
                .create(NewTask.builder("Low " + tag).priority(TaskPriority.LOW).build());

        String urgent = browser.get("/tasks?priority=urgent&status=todo").body();
        Reply completed = form("/tasks/" + task.id() + "/complete", "back=%2Ftasks%3Fpriority%3Durgent");

        assertThat(urgent).contains("Urgent " + tag).doesNotContain("Low " + tag);
        assertThat(completed.status()).isEqualTo(302);
        assertThat(completed.header("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/tasks?priority=urgent"));
        assertThat(crm.tasks().getById(task.id()).status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void should_move_a_deal_by_form_and_refuse_a_deal_without_a_title() {
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Board " + tag));
        Deal deal = crm.deals()
                .create(NewDeal.builder("Deal " + tag).pipelineId(pipeline.id()).build());

        Reply moved = form("/deals/" + deal.id() + "/move", "status=won");
        Reply untitled = form("/pipelines/" + pipeline.id() + "/deals", "title=&amount=10");
        // a company deleted between loading the board and adding the deal
        Reply goneCompany = form("/pipelines/" + pipeline.id() + "/deals", "title=T&amount=10&companyId=999999999");

        assertThat(moved.status()).isEqualTo(302);
        assertThat(crm.deals().getById(deal.id()).isClosed()).isTrue();
        assertThat(untitled.status()).isEqualTo(422);
        assertThat(untitled.body()).contains("Title must not be blank");
        assertThat(goneCompany.status()).isEqualTo(422);
        assertThat(goneCompany.body()).contains("<a href=\"#deal-company\">Company no company with id 999999999</a>");
    }

    private static long count(String page, String id) {
        Matcher number = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(page);
        assertThat(number.find()).as(id + " on the page").isTrue();
        return Long.parseLong(number.group(1));
    }

    private Reply form(String path, String body) {
        return browser.form(path, body);
    }
}
