package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.NewTask;
import dev.crmkit.core.task.Task;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A read-only account's pages show the records and offer no control it would only be refused. */
@WebAppTest
class ReadOnlyPagesTest {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");
    private static final Pattern WRITE_LINK = Pattern.compile("href=\"[^\"]*(/new|/edit|/stages|/duplicates/merge)\\b");

    @LocalServerPort
    int port;

    @Autowired
    AppUsers users;

    @Autowired
    Crm crm;

    List<String> pages;
    Task task;

    @BeforeEach
    void records() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Company company = crm.companies().create(NewCompany.of("Read Only " + tag));
        Contact contact = crm.contacts().create(NewContact.of("Reed", "Only", Bodies.uniqueEmail("ro")));
        crm.contacts().create(NewContact.of("Reed", "Only", Bodies.uniqueEmail("ro-twin")));
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Read only " + tag));
        Deal deal = crm.deals()
                .create(NewDeal.builder("Look " + tag)
                        .pipelineId(pipeline.id())
                        .contactId(contact.id())
                        .amount("10")
                        .currency("USD")
                        .build());
        task = crm.tasks()
                .create(NewTask.builder("Look at it " + tag)
                        .dealId(deal.id())
                        .dueDate(LocalDate.now())
                        .build());
        crm.contacts()
                .deleteById(crm.contacts()
                        .create(NewContact.of("Gone", "Soon", Bodies.uniqueEmail("ro-gone")))
                        .id());
        pages = List.of(
                "/",
                "/contacts",
                "/contacts/" + contact.id(),
                "/companies",
                "/companies/" + company.id(),
                "/pipelines",
                "/pipelines/" + pipeline.id(),
                "/deals/" + deal.id(),
                "/tasks",
                "/tasks/" + task.id(),
                "/trash",
                "/imports",
                "/chat",
                "/duplicates?kind=contacts");
    }

    @Test
    void should_offer_a_read_only_account_no_form_but_its_own_and_no_link_to_one() {
        String name = "ro-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "read-only-password", Role.READONLY);
        ApiClient readOnly = ApiClient.loggedIn(port, name, "read-only-password");

        for (String page : pages) {
            Reply reply = readOnly.get(page);
            assertThat(reply.status()).as(page).isEqualTo(200);
            assertThat(postedTo(reply.body())).as(page).containsOnly("/logout");
            assertThat(WRITE_LINK.matcher(reply.body()).find())
                    .as(page + " links to a form")
                    .isFalse();
        }
        assertThat(readOnly.get("/tasks/" + task.id()).body())
                .as("a task's page shows its fields, not editable")
                .contains("<fieldset class=\"plain\" disabled=\"disabled\">");
    }

    @Test
    void should_still_offer_a_user_every_form() {
        ApiClient user = ApiClient.loggedIn(port);

        List<String> forms = new ArrayList<>();
        boolean links = false;
        for (String page : pages) {
            String body = user.get(page).body();
            forms.addAll(postedTo(body));
            links |= WRITE_LINK.matcher(body).find();
        }

        assertThat(forms).as("the check above sees forms where there are some").hasSizeGreaterThan(pages.size());
        assertThat(links).isTrue();
    }

    @Test
    void should_answer_a_form_page_with_the_read_only_sentence() {
        String name = "ro-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "read-only-password", Role.READONLY);
        ApiClient readOnly = ApiClient.loggedIn(port, name, "read-only-password");

        for (String page : List.of("/contacts/new", "/companies/new", pages.get(2) + "/edit", pages.get(7) + "/edit")) {
            Reply reply = readOnly.get(page);
            assertThat(reply.status()).as(page).isEqualTo(403);
            assertThat(reply.body())
                    .as(page)
                    .contains("Your account is read-only: it can see everything but change nothing.")
                    .doesNotContain("Nothing was saved");
        }
    }

    /** The actions of the page's forms that post. */
    private static List<String> postedTo(String page) {
        List<String> actions = new ArrayList<>();
        Matcher form = FORM.matcher(page);
        while (form.find()) {
            if (form.group().contains("method=\"post\"")) {
                Matcher action = ACTION.matcher(form.group());
                actions.add(action.find() ? action.group(1) : "(no action)");
            }
        }
        return actions;
    }
}
