package dev.crmkit.agent.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tools declared as methods, and the search tools, answer a call that breaks their schema with the errors
 * of their other arguments too, each field named as the model wrote it, and write nothing: one answer, one
 * correction. A call that meets the schema but breaks several rules hears of all of them at once as well.
 */
class PlainToolCallErrorsTest extends OnTestCrm {

    private static final String FAX = "type: expected one of note, call, email, meeting, got \"fax\"";
    private static final String NO_LINK = "contactId: an activity must be linked to a contact, a company or a deal";
    private static final String NEGATIVE_DURATION = "durationMinutes: must be between 0 and 10080 minutes";
    private static final String LIMIT_100 = "limit: must be between 1 and 100";
    private static final String BAD_DATE = "DATE: must be a date written YYYY-MM-DD, such as 2026-03-15";

    private static ToolDispatcher tools;
    private static Pipeline sales;
    private static Contact ada;
    private static Deal licences;

    @BeforeAll
    static void pipelineContactAndDeal() {
        sales = crm.pipelines().create(NewPipeline.of("Sales"));
        ada = crm.contacts().create(NewContact.of("Ada", "Byron", "ada@plain.example"));
        licences = crm.deals().create(NewDeal.builder("Licences").build());
        tools = CrmToolset.dispatcher(crm);
    }

    private static String invalid(String tool, String... errors) {
        return "invalid arguments for " + tool + ": " + String.join("; ", errors);
    }

    @Test
    void should_name_a_bad_type_a_negative_duration_and_a_missing_link_of_log_activity_in_one_answer() {
        ToolResult result =
                tools.dispatch("log_activity", "{\"type\": \"fax\", \"subject\": \"Hi\", \"durationMinutes\": -5}");

        assertThat(result.status()).isEqualTo(ToolResult.Status.INVALID_ARGUMENTS);
        assertThat(result.content()).isEqualTo(invalid("log_activity", FAX, NEGATIVE_DURATION, NO_LINK));
        assertThat(crm.activities().find(ActivityQuery.all()).items()).isEmpty();
    }

    @Test
    void should_name_every_broken_rule_of_a_log_activity_that_meets_its_schema() {
        ToolResult result = tools.dispatch(
                "log_activity",
                "{\"type\": \"call\", \"subject\": \" \", \"durationMinutes\": -5, \"occurredAt\": \"yesterday\"}");

        assertThat(result.status()).isEqualTo(ToolResult.Status.ERROR);
        assertThat(result.content())
                .isEqualTo("occurredAt: must be an instant such as 2026-03-15T09:30:00Z; " + NEGATIVE_DURATION
                        + "; subject: must not be blank; " + NO_LINK);
        assertThat(crm.activities().find(ActivityQuery.all()).items()).isEmpty();
    }

    @Test
    void should_name_a_bad_filter_and_a_bad_limit_of_list_activities_in_one_answer() {
        ToolResult result = tools.dispatch("list_activities", "{\"type\": \"fax\", \"limit\": 0}");

        assertThat(result.content()).isEqualTo(invalid("list_activities", FAX, LIMIT_100));
    }

    @Test
    void should_name_a_bad_kind_and_a_bad_limit_of_timeline_in_one_answer() {
        ToolResult result = tools.dispatch("timeline", "{\"of\": \"invoice\", \"id\": 1, \"limit\": 0}");

        assertThat(result.content())
                .isEqualTo(
                        invalid("timeline", "of: expected one of contact, deal, company, got \"invoice\"", LIMIT_100));
    }

    @Test
    void should_name_an_unknown_key_and_a_blank_name_of_create_pipeline_in_one_answer() {
        ToolResult result = tools.dispatch("create_pipeline", "{\"name\": \" \", \"colour\": \"red\"}");

        assertThat(result.content())
                .isEqualTo(invalid(
                        "create_pipeline",
                        "colour: not a parameter of create_pipeline; its parameters are name, description",
                        "name: must not be blank"));
        assertThat(crm.pipelines().find(PipelineQuery.all()).items()).hasSize(1);
    }

    @Test
    void should_name_a_bad_id_and_a_blank_name_of_update_pipeline_in_one_answer() {
        ToolResult result = tools.dispatch("update_pipeline", "{\"id\": \"one\", \"name\": \" \"}");

        assertThat(result.content())
                .isEqualTo(
                        invalid("update_pipeline", "id: expected an integer, got \"one\"", "name: must not be blank"));
    }

    @Test
    void should_name_a_bad_sort_and_a_bad_limit_of_search_pipelines_in_one_answer() {
        ToolResult result = tools.dispatch("search_pipelines", "{\"sort\": \"colour\", \"limit\": 0}");

        assertThat(result.content())
                .isEqualTo(invalid(
                        "search_pipelines", "sort: expected one of id, name, created_at, got \"colour\"", LIMIT_100));
    }

    @Test
    void should_name_an_unknown_key_and_an_unknown_stage_of_move_deal_in_one_answer() {
        ToolResult result = tools.dispatch(
                "move_deal", "{\"id\": " + licences.id() + ", \"status\": \"nowhere\", \"colour\": \"red\"}");

        assertThat(result.content())
                .isEqualTo(invalid(
                        "move_deal",
                        "colour: not a parameter of move_deal; its parameters are id, status, lostReason",
                        "status: must be a stage of pipeline " + sales.id() + ": " + sales.stageKeys()));
        assertThat(crm.deals().getById(licences.id()).version()).isEqualTo(licences.version());
    }

    @Test
    void should_name_an_unknown_key_and_a_bad_limit_of_overdue_tasks_in_one_answer() {
        ToolResult result = tools.dispatch("overdue_tasks", "{\"limit\": 0, \"colour\": 1}");

        assertThat(result.content())
                .isEqualTo(invalid(
                        "overdue_tasks",
                        "colour: not a parameter of overdue_tasks; its parameters are limit, cursor",
                        LIMIT_100));
    }

    @Test
    void should_name_an_unknown_key_a_blank_text_and_a_bad_limit_of_search_in_one_answer() {
        ToolResult result = tools.dispatch("search", "{\"text\": \" \", \"limit\": 500, \"colour\": 1}");

        assertThat(result.content())
                .isEqualTo(invalid(
                        "search",
                        "colour: not a parameter of search; its parameters are text, limit",
                        "text: must not be blank",
                        "limit: must be between 1 and 50"));
    }

    @Test
    void should_name_a_blank_search_text_by_its_parameter() {
        ToolResult result = tools.dispatch("search", "{\"text\": \" \"}");

        assertThat(result.content()).isEqualTo("text: must not be blank");
    }

    @Test
    void should_name_a_bad_kind_and_a_merge_into_itself_in_one_answer() {
        long id = ada.id();
        ToolResult result = tools.prepare(
                        "merge_duplicates", "{\"kind\": \"deal\", \"keepId\": " + id + ", \"mergeId\": " + id + "}")
                .rejection()
                .orElseThrow();

        assertThat(result.content())
                .isEqualTo(invalid(
                        "merge_duplicates",
                        "kind: expected one of contact, company, got \"deal\"",
                        "mergeId: must not be keepId"));
    }

    @Test
    void should_refuse_a_merge_into_itself_by_its_parameter() {
        long id = ada.id();
        ToolResult result = tools.dispatch(
                "merge_duplicates", "{\"kind\": \"contact\", \"keepId\": " + id + ", \"mergeId\": " + id + "}");

        assertThat(result.content()).isEqualTo("mergeId: must not be keepId");
        assertThat(crm.contacts().getById(id).version()).isEqualTo(ada.version());
    }

    @Test
    void should_name_a_bad_filter_a_bad_date_and_a_bad_limit_of_a_search_tool_in_one_answer() {
        ToolResult result =
                tools.dispatch("search_tasks", "{\"priority\": \"asap\", \"limit\": 0, \"dueBefore\": \"tomorrow\"}");

        assertThat(result.content())
                .isEqualTo(invalid(
                        "search_tasks",
                        "priority: expected one of low, medium, high, urgent, got \"asap\"",
                        "dueBefore: must be a date written YYYY-MM-DD, such as 2026-03-15",
                        LIMIT_100));
    }

    @Test
    void should_name_a_bad_outcome_and_a_bad_limit_of_search_deals_in_one_answer() {
        ToolResult result = tools.dispatch("search_deals", "{\"outcome\": \"maybe\", \"limit\": 0}");

        assertThat(result.content())
                .isEqualTo(
                        invalid("search_deals", "outcome: expected one of open, won, lost, got \"maybe\"", LIMIT_100));
    }

    @Test
    void should_name_a_bad_date_beside_the_other_broken_rules_of_a_deal_and_a_task() {
        ToolResult deal = tools.dispatch(
                "update_deal",
                "{\"id\": " + licences.id() + ", \"title\": \" \", \"amount\": -1, \"expectedCloseDate\": \"soon\"}");
        ToolResult task = tools.dispatch("create_task", "{\"title\": \" \", \"dueDate\": \"tomorrow\"}");

        assertThat(deal.content())
                .isEqualTo(BAD_DATE.replace("DATE", "expectedCloseDate")
                        + "; title: must not be blank; amount: must not be negative");
        assertThat(task.content()).isEqualTo(BAD_DATE.replace("DATE", "dueDate") + "; title: must not be blank");
        assertThat(crm.deals().getById(licences.id()).version()).isEqualTo(licences.version());
    }

    @Test
    void should_name_every_bad_filter_of_search_deals() {
        ToolResult result = tools.dispatch(
                "search_deals", "{\"minAmount\": 10, \"maxAmount\": 1, \"currency\": \"zz\", \"limit\": 0}");

        assertThat(result.content())
                .isEqualTo("minAmount: must not be greater than the maximum amount; currency: must be an ISO 4217"
                        + " currency code such as USD or EUR; " + LIMIT_100);
    }
}
