package dev.crmkit.agent.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.tool.ToolCall;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.task.NewTask;
import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each example call a tool's description shows the model ({@code Example: {...}}) works when sent as it is,
 * on a CRM that holds records of the ids it names: a small model copies examples verbatim.
 */
class ToolDescriptionExamplesTest extends OnTestCrm {

    private static ToolDispatcher tools;

    @BeforeAll
    static void recordsOfTheIdsTheExamplesName() {
        crm.pipelines().create(NewPipeline.of("Sales"));
        for (int i = 1; i <= 12; i++) {
            crm.contacts().create(NewContact.of("Con" + i, "Tact" + i, "contact" + i + "@examples.example"));
        }
        for (int i = 1; i <= 7; i++) {
            crm.deals().create(NewDeal.builder("Deal " + i).build());
        }
        for (int i = 1; i <= 3; i++) {
            crm.tasks().create(NewTask.builder("Task " + i).build());
            crm.companies().create(NewCompany.of("Company " + i));
        }
        tools = CrmToolset.dispatcher(crm);
    }

    /** {@return the JSON object after "Example: " in the description; empty when it shows none} */
    private static String example(ToolSpecification tool) {
        String description = tool.description() == null ? "" : tool.description();
        int start = description.indexOf("Example: {");
        return start < 0 ? "" : description.substring(start + "Example: ".length(), description.lastIndexOf('}') + 1);
    }

    @Test
    void should_run_every_example_of_a_tool_description_as_it_is() {
        List<String> examples = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ToolSpecification tool : tools.specifications()) {
            String example = example(tool);
            if (example.isEmpty()) {
                continue;
            }
            examples.add(tool.name());
            ToolCall call = tools.prepare(tool.name(), example);
            ToolResult result = tools.execute(call);
            if (result.status() != ToolResult.Status.SUCCESS) {
                failures.add(tool.name() + " " + example + " -> " + result.content());
            }
        }

        assertThat(failures).isEmpty();
        assertThat(examples).contains("log_activity", "move_deal", "merge_duplicates", "create_task", "search");
    }
}
