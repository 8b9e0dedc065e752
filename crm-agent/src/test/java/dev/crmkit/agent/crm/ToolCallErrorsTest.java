package dev.crmkit.agent.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.TestCustomFields;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.task.TaskQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A create or update call whose arguments break the tool's schema (an undefined custom field key, a value of
 * the wrong JSON type) answers every error of the call at once, the command's own and the custom field
 * values' included, and writes nothing: the model corrects them all in its next call.
 */
class ToolCallErrorsTest extends OnTestCrm {

    private static final String BAD_EMAIL = "email: must be a valid email address such as jane@example.com";
    private static final String UNDEFINED_KEY = "customFields.shoe_size: not defined; the defined keys are tier";

    private static ToolDispatcher tools;

    @BeforeAll
    static void defineTierAndPipeline() {
        TestCustomFields.defineContactTier(crm);
        crm.pipelines().create(NewPipeline.of("Sales"));
        tools = CrmToolset.dispatcher(crm);
    }

    @Test
    void should_name_an_undefined_custom_field_key_and_a_bad_email_of_a_create_in_one_answer() {
        ToolResult result = tools.dispatch(
                "create_contact",
                "{\"firstName\": \"Bo\", \"lastName\": \"Lee\", \"email\": \"not-an-email\","
                        + " \"customFields\": {\"shoe_size\": \"42\"}}");

        assertThat(result.status()).isEqualTo(ToolResult.Status.INVALID_ARGUMENTS);
        assertThat(result.content())
                .isEqualTo("invalid arguments for create_contact: " + UNDEFINED_KEY + "; " + BAD_EMAIL);
        assertThat(crm.contacts().find(ContactQuery.all().withText("Lee")).items())
                .isEmpty();
    }

    @Test
    void should_name_an_undefined_custom_field_key_and_a_bad_email_of_an_update_in_one_answer() {
        Contact ada = crm.contacts().create(NewContact.of("Ada", "Byron", "ada@errors.example"));

        ToolResult result = tools.dispatch(
                "update_contact",
                "{\"id\": " + ada.id() + ", \"email\": \"not-an-email\", \"customFields\": {\"shoe_size\": \"42\"}}");

        assertThat(result.status()).isEqualTo(ToolResult.Status.INVALID_ARGUMENTS);
        assertThat(result.content())
                .isEqualTo("invalid arguments for update_contact: " + UNDEFINED_KEY + "; " + BAD_EMAIL);
        assertThat(crm.contacts().getById(ada.id()).version()).isEqualTo(ada.version());
    }

    @Test
    void should_name_a_wrong_typed_field_and_a_bad_email_in_one_answer() {
        ToolResult result = tools.dispatch(
                "create_contact",
                "{\"firstName\": \"Cy\", \"lastName\": \"Moss\", \"email\": \"cy-at-example\", \"companyId\": \"acme\"}");

        assertThat(result.content())
                .isEqualTo("invalid arguments for create_contact: companyId: expected an integer, got \"acme\"; "
                        + BAD_EMAIL);
        assertThat(crm.contacts().find(ContactQuery.all().withText("Moss")).items())
                .isEmpty();
    }

    @Test
    void should_name_an_undefined_key_beside_a_bad_value_of_a_defined_one() {
        ToolResult result = tools.dispatch(
                "create_contact",
                "{\"firstName\": \"Di\", \"lastName\": \"Ng\", \"email\": \"di@errors.example\","
                        + " \"customFields\": {\"shoe_size\": \"42\", \"tier\": \"platinum\"}}");

        assertThat(result.content())
                .startsWith("invalid arguments for create_contact: " + UNDEFINED_KEY + "; customFields.tier: ")
                .contains("gold, silver");
    }

    @Test
    void should_name_a_field_once_with_the_schema_error_first() {
        ToolResult result =
                tools.dispatch("create_contact", "{\"firstName\": \"Ed\", \"lastName\": \"Ray\", \"email\": 42}");

        assertThat(result.content())
                .isEqualTo("invalid arguments for create_contact: email: expected a string, got 42");
    }

    @Test
    void should_name_every_error_of_a_deal_and_of_a_task_the_same_way() {
        ToolResult deal = tools.dispatch(
                "create_deal",
                "{\"title\": \"Licences\", \"amount\": \"lots\", \"expectedCloseDate\": \"31/01/2027\"}");
        ToolResult task = tools.dispatch(
                "create_task", "{\"title\": \"Call Bo\", \"priority\": \"asap\", \"dueDate\": \"tomorrow\"}");

        assertThat(deal.content())
                .isEqualTo("invalid arguments for create_deal: amount: expected a number, got \"lots\"; "
                        + "expectedCloseDate: must be a date written YYYY-MM-DD, such as 2026-03-15");
        assertThat(task.content())
                .isEqualTo("invalid arguments for create_task: priority: expected one of low, medium, high, urgent,"
                        + " got \"asap\"; dueDate: must be a date written YYYY-MM-DD, such as 2026-03-15");
        assertThat(crm.deals().find(DealQuery.all()).items()).isEmpty();
        assertThat(crm.tasks().find(TaskQuery.all()).items()).isEmpty();
    }
}
