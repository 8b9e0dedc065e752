package dev.crmkit.agent.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crmkit.agent.grammar.GrammarLimits;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.crmkit.agent.grammar.ToolCallGrammarCompiler;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.task.Task;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the model is offered: the tool set, its bounds, and which tools wait for confirmation. */
class CrmToolsetTest extends OnTestCrm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ToolDispatcher tools;

    @BeforeAll
    static void open() {
        tools = CrmToolset.dispatcher(testCrm.crm());
    }

    @Test
    void should_offer_every_crm_tool_grouped_by_record() {
        assertThat(tools.specifications())
                .extracting(ToolSpecification::name)
                .containsExactly(
                        "create_contact",
                        "delete_contact",
                        "get_contact",
                        "search_contacts",
                        "update_contact",
                        "create_pipeline",
                        "delete_pipeline",
                        "get_pipeline",
                        "pipeline_summary",
                        "search_pipelines",
                        "update_pipeline",
                        "create_deal",
                        "delete_deal",
                        "get_deal",
                        "move_deal",
                        "search_deals",
                        "update_deal",
                        "complete_task",
                        "create_task",
                        "delete_task",
                        "get_task",
                        "overdue_tasks",
                        "search_tasks",
                        "update_task",
                        "create_company",
                        "delete_company",
                        "get_company",
                        "search_companies",
                        "update_company",
                        "list_activities",
                        "log_activity",
                        "timeline",
                        "search",
                        "find_duplicates",
                        "merge_duplicates",
                        "undo_last_change");
    }

    @Test
    void should_describe_the_same_tools_without_a_crm() {
        assertThat(CrmToolset.specifications()).isEqualTo(tools.specifications());
    }

    @Test
    void should_require_confirmation_for_every_delete_merge_and_the_undo_and_for_nothing_else() {
        for (ToolSpecification tool : tools.specifications()) {
            assertThat(tools.requiresConfirmation(tool.name()))
                    .as(tool.name())
                    .isEqualTo(tool.name().startsWith("delete_")
                            || tool.name().startsWith("merge_")
                            || tool.name().equals("undo_last_change"));
        }
    }

    @Test
    void should_bound_every_string_parameter() {
        for (ToolSpecification tool : tools.specifications()) {
            tool.parameters().properties().forEach((name, schema) -> {
                assertThat(schema).as("%s.%s", tool.name(), name).isNotInstanceOf(JsonStringSchema.class);
                if (schema instanceof JsonRawSchema) {
                    assertThat(maxLength(schema)).as("%s.%s", tool.name(), name).isPositive();
                }
            });
        }
    }

    @Test
    void should_bound_strings_at_the_crm_limits_and_long_text_at_what_a_result_shows() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("firstName", Contact.FIRST_NAME_MAX);
        expected.put("lastName", Contact.LAST_NAME_MAX);
        expected.put("email", Contact.EMAIL_MAX);
        expected.put("phone", Contact.PHONE_MAX);
        expected.put("company", Contact.COMPANY_MAX);
        expected.put("position", Contact.POSITION_MAX);
        expected.put("notes", CrmViews.TEXT_MAX);

        assertThat(bounds("create_contact")).isEqualTo(expected);
        assertThat(bounds("create_deal")).containsEntry("title", Deal.TITLE_MAX).containsEntry("currency", 3);
        assertThat(bounds("create_task")).containsEntry("title", Task.TITLE_MAX).containsEntry("dueDate", 10);
        assertThat(CrmViews.TEXT_MAX).isLessThanOrEqualTo(Contact.NOTES_MAX).isLessThanOrEqualTo(Deal.DESCRIPTION_MAX);
    }

    @Test
    void should_compile_into_one_tool_grammar_that_fits_the_output_budget() {
        List<ToolSpecification> specifications = tools.specifications();

        ToolCallGrammar grammar =
                new ToolCallGrammarCompiler(GrammarLimits.defaults()).compile(specifications, true, 4096);

        assertThat(grammar.worstCaseBytes()).isLessThanOrEqualTo(4096);
        assertThat(grammar.gbnf()).contains("\"\\\"create_contact\\\"\"", "\"\\\"update_task\\\"\"");
    }

    private static Map<String, Integer> bounds(String tool) {
        Map<String, Integer> bounds = new LinkedHashMap<>();
        tools.specification(tool).orElseThrow().parameters().properties().forEach((name, schema) -> {
            if (schema instanceof JsonRawSchema) {
                bounds.put(name, maxLength(schema));
            }
        });
        return bounds;
    }

    private static int maxLength(JsonSchemaElement schema) {
        try {
            JsonNode raw = JSON.readTree(((JsonRawSchema) schema).schema());
            return raw.path("maxLength").asInt(-1);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + schema, e);
        }
    }
}
