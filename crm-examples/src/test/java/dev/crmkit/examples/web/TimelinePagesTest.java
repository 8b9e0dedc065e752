package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The timeline fragment on the contact page and its "log activity" form, as plain forms. */
@WebAppTest
class TimelinePagesTest {

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
    void should_log_an_activity_from_the_contact_page_and_show_it_on_its_timeline() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));
        assertThat(browser.get("/contacts/" + contact.id()).body())
                .contains("id=\"log-activity\"")
                .contains("Nothing yet.");

        Reply logged = browser.form(
                "/timeline/contact/" + contact.id() + "/activities",
                "type=meeting&subject=Kick-off+" + tag + "&body=line+one%0Aline+two&occurredAt=2026-03-15T09%3A30"
                        + "&minutes=45&back=%2Fcontacts%2F" + contact.id());

        assertThat(logged.status()).isEqualTo(302);
        assertThat(logged.header("Location").orElse("")).endsWith("/contacts/" + contact.id());
        List<Activity> activities = crm.activities()
                .find(ActivityQuery.all().withContact(contact.id()))
                .items();
        assertThat(activities).singleElement().satisfies(activity -> {
            assertThat(activity.subject()).isEqualTo("Kick-off " + tag);
            assertThat(activity.body()).isEqualTo("line one\nline two");
        });
        assertThat(browser.get("/contacts/" + contact.id()).body())
                .contains("Kick-off " + tag)
                .contains("2026-03-15 09:30 UTC");
        assertThat(browser.get("/timeline/contact/" + contact.id()).body()).contains("Kick-off " + tag);
    }

    @Test
    void should_log_a_call_from_the_deal_page_and_show_it_with_the_deals_first_stage() {
        // its own pipeline: run alone, on a database without sample data, there is no other
        long pipeline =
                crm.pipelines().create(NewPipeline.of("Timeline " + tag)).id();
        Deal deal = crm.deals()
                .create(NewDeal.builder("Licence " + tag).pipelineId(pipeline).build());
        assertThat(browser.get("/deals/" + deal.id()).body()).contains("id=\"log-activity\"");

        Reply logged = browser.form(
                "/timeline/deal/" + deal.id() + "/activities",
                "type=call&subject=Terms+" + tag + "&back=%2Fdeals%2F" + deal.id());

        assertThat(logged.status()).isEqualTo(302);
        assertThat(logged.header("Location").orElse("")).endsWith("/deals/" + deal.id());
        assertThat(crm.activities()
                        .find(ActivityQuery.all().withDeal(deal.id()))
                        .items())
                .singleElement()
                .satisfies(activity -> assertThat(activity.subject()).isEqualTo("Terms " + tag));
        assertThat(browser.get("/deals/" + deal.id()).body())
                .contains("Terms " + tag)
                .contains("<strong>Call</strong>")
                .contains("created in Lead");
    }

    @Test
    void should_name_the_stages_a_deal_moved_between_as_its_pipeline_names_them() {
        long pipeline = NamedStages.pipeline(crm, "Stages " + tag);
        Deal deal = crm.deals()
                .create(NewDeal.builder("Moved " + tag).pipelineId(pipeline).build());
        crm.deals().moveToStage(deal.id(), "won", null);

        assertThat(browser.get("/deals/" + deal.id()).body())
                .contains("created in Proof of concept")
                .contains("Proof of concept → Signed");
    }

    @Test
    void should_send_the_browser_back_only_to_an_address_of_this_app() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));
        String form = "type=note&subject=Back+" + tag + "&back=";

        for (String elsewhere :
                List.of("//evil.example", "/%5Cevil.example", "/%09/evil.example", "https://evil.example")) {
            Reply logged = browser.form("/timeline/contact/" + contact.id() + "/activities", form + elsewhere);

            assertThat(logged.header("Location").orElse(""))
                    .as("back=" + elsewhere)
                    .endsWith("/")
                    .doesNotContain("evil");
        }
        assertThat(browser.form(
                                "/timeline/contact/" + contact.id() + "/activities",
                                form + "%2Fcontacts%2F" + contact.id())
                        .header("Location")
                        .orElse(""))
                .endsWith("/contacts/" + contact.id());
    }

    @Test
    void should_log_a_meeting_from_the_company_page_and_show_it_there() {
        Company company = crm.companies().create(NewCompany.of("Timeline " + tag));
        assertThat(browser.get("/companies/" + company.id()).body()).contains("id=\"log-activity\"");

        Reply logged = browser.form(
                "/timeline/company/" + company.id() + "/activities",
                "type=meeting&subject=Review+" + tag + "&back=%2Fcompanies%2F" + company.id());

        assertThat(logged.status()).isEqualTo(302);
        assertThat(crm.activities()
                        .find(ActivityQuery.all().withCompany(company.id()))
                        .items())
                .singleElement()
                .satisfies(activity -> assertThat(activity.subject()).isEqualTo("Review " + tag));
        assertThat(browser.get("/companies/" + company.id()).body()).contains("Review " + tag);
    }

    @Test
    void should_keep_the_page_and_say_what_is_wrong_with_an_activity_without_a_subject() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));

        Reply refused = browser.form(
                "/timeline/contact/" + contact.id() + "/activities",
                "type=call&subject=&back=%2Fcontacts%2F" + contact.id());

        assertThat(refused.status()).isEqualTo(302);
        assertThat(crm.activities()
                        .find(ActivityQuery.all().withContact(contact.id()))
                        .items())
                .isEmpty();
        assertThat(browser.get("/contacts/" + contact.id()).body()).contains("subject must not be blank");
    }

    @Test
    void should_name_every_error_of_a_refused_activity_at_once_and_fill_the_form_in_again() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));

        Reply refused = browser.form(
                "/timeline/contact/" + contact.id() + "/activities",
                "type=call&subject=Long+call&body=notes+I+typed&minutes=99999999999999999999"
                        + "&occurredAt=yesterday&outcome=agreed&back=%2Fcontacts%2F" + contact.id());
        Reply page = browser.get("/contacts/" + contact.id());

        assertThat(refused.status()).isEqualTo(302);
        assertThat(page.body())
                .contains("minutes must be a whole number of minutes such as 30")
                .contains("when must be a date and time such as 2026-03-15T09:30")
                .contains("value=\"Long call\"")
                .contains(">notes I typed</textarea>")
                .contains("value=\"agreed\"")
                .contains("<option value=\"call\" selected=\"selected\">");
        assertThat(crm.activities()
                        .find(ActivityQuery.all().withContact(contact.id()))
                        .items())
                .isEmpty();
    }

    @Test
    void should_name_a_refused_field_as_the_form_labels_it() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "L", tag + "@example.com"));

        browser.form(
                "/timeline/contact/" + contact.id() + "/activities",
                "type=call&subject=Long&minutes=99999999&occurredAt=20000-01-01T00%3A00&back=%2Fcontacts%2F"
                        + contact.id());

        assertThat(browser.get("/contacts/" + contact.id()).body())
                .contains("when must be a date and time such as 2026-03-15T09:30")
                .doesNotContain("occurredAt must");
        browser.form(
                "/timeline/contact/" + contact.id() + "/activities",
                "type=call&subject=Long&minutes=99999999&back=%2Fcontacts%2F" + contact.id());
        assertThat(browser.get("/contacts/" + contact.id()).body())
                .contains("minutes must be between 0 and 168 hours (10080 minutes, 604800 seconds)")
                .doesNotContain("duration must");
    }
}
