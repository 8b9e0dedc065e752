package dev.crmkit.agent.crm;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aDeal;
import static dev.crmkit.core.contract.TestData.aTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.agent.tool.ToolResult.Status;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CRM tools as a model calls them, through the dispatcher, on a real H2-backed CRM. */
class CrmToolsTest extends OnTestCrm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ToolDispatcher tools;

    @BeforeAll
    static void open() {
        tools = CrmToolset.dispatcher(crm);
    }

    @Test
    void should_create_a_contact_and_return_it_compactly() {
        JsonNode contact = data(tools.dispatch(
                "create_contact",
                "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"John.Doe@Example.com\"}"));

        long id = contact.get("id").asLong();
        assertThat(crm.contacts().getById(id).email()).isEqualTo("john.doe@example.com");
        assertThat(contact.toString())
                .isEqualTo("{\"id\":" + id + ",\"firstName\":\"John\",\"lastName\":\"Doe\","
                        + "\"email\":\"john.doe@example.com\"}");
    }

    @Test
    void should_report_broken_rules_naming_each_field() {
        ToolResult result = tools.dispatch(
                "create_contact", "{\"firstName\": \" \", \"lastName\": \"Doe\", \"email\": \"not-an-email\"}");

        assertThat(result)
                .isEqualTo(new ToolResult(
                        "create_contact",
                        Status.ERROR,
                        "firstName: must not be blank; email: must be a valid email address such as jane@example.com"));
    }

    @Test
    void should_report_a_duplicate_email_with_the_contact_that_has_it() {
        Contact existing = crm.contacts().create(aContact().build());

        ToolResult result = tools.dispatch(
                "create_contact",
                "{\"firstName\": \"Eve\", \"lastName\": \"Doe\", " + "\"email\": \""
                        + existing.email().toUpperCase() + "\"}");

        assertThat(result.content())
                .isEqualTo("email " + existing.email() + " is already used by contact " + existing.id());
    }

    @Test
    void should_list_contacts_companies_and_deals_carrying_a_tag() {
        String tag = "vip" + System.nanoTime();
        Contact tagged = crm.contacts().create(aContact().build());
        crm.contacts().create(aContact().build());
        Company company = crm.companies().create(NewCompany.of("Tagged " + tag));
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Tags " + System.nanoTime()));
        Deal deal = crm.deals().create(aDeal(pipeline.id()).build());
        crm.tags().tag(TaggableKind.CONTACT, tagged.id(), List.of(tag));
        crm.tags().tag(TaggableKind.COMPANY, company.id(), List.of(tag));
        crm.tags().tag(TaggableKind.DEAL, deal.id(), List.of(tag));

        JsonNode contacts = data(tools.dispatch("search_contacts", "{\"tag\": \"" + tag.toUpperCase() + "\"}"));
        JsonNode companies = data(tools.dispatch("search_companies", "{\"tag\": \"" + tag + "\"}"));
        JsonNode deals = data(tools.dispatch("search_deals", "{\"tag\": \"" + tag + "\"}"));

        assertThat(contacts.get("items"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("id").asLong()).isEqualTo(tagged.id()));
        assertThat(companies.get("items"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("id").asLong()).isEqualTo(company.id()));
        assertThat(deals.get("items"))
                .singleElement()
                .satisfies(d -> assertThat(d.get("id").asLong()).isEqualTo(deal.id()));
    }

    @Test
    void should_search_contacts_by_text_and_page_through_them_with_the_cursor() {
        String company = "Paging Corp " + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            crm.contacts().create(aContact().withCompany(company).build());
        }

        JsonNode first =
                data(tools.dispatch("search_contacts", "{\"text\": \"" + company.toLowerCase() + "\", \"limit\": 2}"));
        JsonNode second = data(tools.dispatch(
                "search_contacts",
                "{\"text\": \"" + company + "\", \"limit\": 2, " + "\"cursor\": \""
                        + first.get("nextCursor").asText() + "\"}"));

        assertThat(first.get("items")).hasSize(2);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.has("nextCursor")).isFalse();
        assertThat(first.get("items").get(0).has("notes"))
                .as("search results leave long text out")
                .isFalse();
    }

    @Test
    void should_change_only_the_fields_given_and_clear_one_with_an_empty_string() {
        Contact contact =
                crm.contacts().create(aContact().withCompany("Acme").build().withPhone("+1 555 0100"));

        tools.dispatch("update_contact", "{\"id\": " + contact.id() + ", \"phone\": \"\", \"position\": \"CTO\"}");

        Contact updated = crm.contacts().getById(contact.id());
        assertThat(updated.phone()).isNull();
        assertThat(updated.position()).isEqualTo("CTO");
        assertThat(updated.company()).isEqualTo("Acme");
    }

    @Test
    void should_keep_a_field_given_as_null_clear_a_date_given_as_empty_and_detach_a_link_given_as_zero() {
        Contact contact = crm.contacts().create(aContact().build());
        Task task = crm.tasks()
                .create(aTask().contactId(contact.id())
                        .dueDate(LocalDate.parse("2026-03-15"))
                        .description("Bring the contract")
                        .build());

        ToolResult result = tools.dispatch(
                "update_task",
                "{\"id\": " + task.id()
                        + ", \"description\": null, \"title\": null, \"dueDate\": \"\", \"contactId\": 0}");

        assertThat(result.status()).as(result.content()).isEqualTo(Status.SUCCESS);
        Task updated = crm.tasks().getById(task.id());
        assertThat(updated.description()).isEqualTo("Bring the contract");
        assertThat(updated.title()).isEqualTo(task.title());
        assertThat(updated.dueDate()).isNull();
        assertThat(updated.contactId()).isNull();
    }

    @Test
    void should_search_contacts_and_deals_at_once_best_first() {
        String word = "Zebulon" + System.nanoTime();
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Search " + System.nanoTime()));
        Deal deal = crm.deals().create(aDeal(pipeline.id()).build());
        crm.deals().update(deal.id(), DealUpdate.builder().title("Big " + word).build());
        Contact contact = crm.contacts().create(aContact().withFirstName(word).build());

        JsonNode hits = data(tools.dispatch("search", "{\"text\": \"" + word.toLowerCase() + "\"}"));
        ToolResult blank = tools.dispatch("search", "{\"text\": \" \"}");

        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).toString())
                .isEqualTo("{\"kind\":\"contact\",\"id\":" + contact.id() + ",\"title\":\"" + contact.fullName()
                        + "\",\"subtitle\":\"" + contact.email() + "\"}");
        assertThat(hits.get(1).get("kind").asText()).isEqualTo("deal");
        assertThat(hits.get(1).get("id").asLong()).isEqualTo(deal.id());
        assertThat(blank.status()).isNotEqualTo(Status.SUCCESS);
        assertThat(blank.content()).contains("must not be blank");
    }

    @Test
    void should_find_a_company_by_its_domain_for_get_company() {
        String word = "zorblax" + System.nanoTime();
        Company company = crm.companies().create(NewCompany.of("Zorblax Ltd").withDomain(word + ".example"));

        JsonNode hits = data(tools.dispatch("search", "{\"text\": \"" + word + ".example\"}"));

        assertThat(hits.get(0).toString())
                .isEqualTo("{\"kind\":\"company\",\"id\":" + company.id() + ",\"title\":\"Zorblax Ltd\",\"subtitle\":\""
                        + word + ".example\"}");
    }

    @Test
    void should_answer_a_missing_record_with_its_kind_and_id() {
        assertThat(tools.dispatch("get_deal", "{\"id\": 999999}").content()).isEqualTo("deal 999999 does not exist");
    }

    @Test
    void should_create_a_deal_in_a_pipeline_move_it_and_sum_up_the_pipeline() {
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Tools " + System.nanoTime()));
        Contact contact = crm.contacts().create(aContact().build());

        JsonNode deal = data(tools.dispatch(
                "create_deal",
                "{\"title\": \"Website\", \"pipelineId\": " + pipeline.id()
                        + ", \"contactId\": " + contact.id() + ", \"amount\": 1250.50, \"currency\": \"eur\", "
                        + "\"expectedCloseDate\": \"2026-04-30\"}"));
        JsonNode moved =
                data(tools.dispatch("move_deal", "{\"id\": " + deal.get("id") + ", \"status\": \"proposal\"}"));
        JsonNode summary = data(tools.dispatch("pipeline_summary", "{\"id\": " + pipeline.id() + "}"));

        assertThat(deal.get("status").asText()).isEqualTo("lead");
        assertThat(deal.get("amount").decimalValue()).isEqualByComparingTo("1250.50");
        assertThat(deal.get("expectedCloseDate").asText()).isEqualTo("2026-04-30");
        assertThat(moved.get("status").asText()).isEqualTo("proposal");
        assertThat(summary.get("openDeals").asLong()).isEqualTo(1);
        assertThat(summary.get("weightedForecast").get(0).asText()).isEqualTo("625.25 EUR");
        assertThat(summary.get("stages").get(2).toString())
                .isEqualTo("{\"stage\":\"proposal\",\"probability\":50,\"deals\":1,\"value\":[\"1250.50 EUR\"],"
                        + "\"forecast\":[\"625.25 EUR\"]}");
    }

    @Test
    void should_name_a_stage_that_is_not_in_the_pipeline() {
        Pipeline pipeline = crm.pipelines().create(NewPipeline.of("Stages " + System.nanoTime()));
        Deal deal = crm.deals().create(aDeal(pipeline.id()).build());

        ToolResult result = tools.dispatch("move_deal", "{\"id\": " + deal.id() + ", \"status\": \"closing\"}");

        assertThat(result.content())
                .isEqualTo("status: must be a stage of pipeline " + pipeline.id()
                        + ": lead, qualified, proposal, negotiation, won, lost");
    }

    @Test
    void should_refuse_a_date_that_is_not_written_as_iso() {
        ToolResult result = tools.dispatch("create_task", "{\"title\": \"Call\", \"dueDate\": \"next week\"}");

        assertThat(result)
                .isEqualTo(new ToolResult(
                        "create_task", Status.ERROR, "dueDate: must be a date written YYYY-MM-DD, such as 2026-03-15"));
    }

    @Test
    void should_complete_a_task_and_list_only_open_tasks_past_their_due_date_as_overdue() {
        LocalDate today = testCrm.clock().today();
        Task late = crm.tasks().create(aTask().dueDate(today.minusDays(2)).build());
        Task lateButDone =
                crm.tasks().create(aTask().dueDate(today.minusDays(3)).build());
        Task dueToday = crm.tasks().create(aTask().dueDate(today).build());

        JsonNode completed = data(tools.dispatch("complete_task", "{\"id\": " + lateButDone.id() + "}"));
        JsonNode overdue = data(tools.dispatch("overdue_tasks", "{}"));

        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(crm.tasks().getById(lateButDone.id()).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(overdue.get("items").findValuesAsText("id"))
                .contains(String.valueOf(late.id()))
                .doesNotContain(String.valueOf(lateButDone.id()), String.valueOf(dueToday.id()));
    }

    @Test
    void should_filter_tasks_by_contact_status_and_priority() {
        Contact contact = crm.contacts().create(aContact().build());
        Task urgent = crm.tasks()
                .create(aTask().contactId(contact.id())
                        .priority(TaskPriority.URGENT)
                        .build());
        crm.tasks().create(aTask().contactId(contact.id()).build());

        JsonNode found = data(tools.dispatch(
                "search_tasks",
                "{\"contactId\": " + contact.id() + ", \"status\": \"todo\", \"priority\": \"urgent\"}"));

        assertThat(found.get("items")).hasSize(1);
        assertThat(found.get("items").get(0).get("id").asLong()).isEqualTo(urgent.id());
    }

    @Test
    void should_delete_when_a_confirmed_call_is_executed() {
        Contact contact = crm.contacts().create(aContact().build());
        Task task = crm.tasks().create(aTask().contactId(contact.id()).build());

        ToolResult result = tools.dispatch("delete_contact", "{\"id\": " + contact.id() + "}");

        assertThat(result.content()).isEqualTo("{\"deleted\":\"contact\",\"id\":" + contact.id() + "}");
        assertThat(crm.contacts().findById(contact.id())).isEmpty();
        assertThat(crm.tasks().findById(task.id()))
                .as("the contact's tasks go with it")
                .isEmpty();
    }

    private static JsonNode data(ToolResult result) {
        assertThat(result.status()).as(result.content()).isEqualTo(Status.SUCCESS);
        try {
            return JSON.readTree(result.content());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + result.content(), e);
        }
    }
}
