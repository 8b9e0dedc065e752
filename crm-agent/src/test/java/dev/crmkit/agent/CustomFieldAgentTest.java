package dev.crmkit.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.agent.testing.TestCrm;
import dev.crmkit.agent.testing.TestCustomFields;
import dev.crmkit.agent.tool.ToolDispatcher;
import dev.crmkit.agent.tool.ToolResult;
import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The agent offers the custom fields the CRM defines at the moment of each turn, and what the model writes
 * in {@code customFields} is stored, or refused field by field.
 */
class CustomFieldAgentTest {

    private TestCrm testCrm;
    private Crm crm;
    private final ScriptedChatModel model = new ScriptedChatModel();

    @BeforeEach
    void open() {
        testCrm = TestCrm.open(); // definitions are per CRM: each test starts without any
        crm = testCrm.crm();
    }

    @AfterEach
    void close() {
        testCrm.close();
    }

    private CrmAgent agent() {
        return CrmAgent.builder().crm(crm).chatModel(model).build();
    }

    private void defineContactTier() {
        TestCustomFields.defineContactTier(crm);
        crm.customFields()
                .create(NewCustomField.of(CustomFieldKind.CONTACT, "renewal", "Renewal", CustomFieldType.DATE));
    }

    private static ToolSpecification tool(ChatRequest request, String name) {
        return request.toolSpecifications().stream()
                .filter(tool -> tool.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void should_offer_exactly_the_tools_without_custom_fields_while_none_is_defined() {
        model.thenAnswer("Hello");

        agent().chat("plain", "Hi");

        assertThat(model.lastRequest().toolSpecifications()).isEqualTo(CrmToolset.specifications());
        assertThat(tool(model.lastRequest(), "create_contact").parameters().properties())
                .doesNotContainKey("customFields");
    }

    @Test
    void should_store_a_custom_field_defined_after_the_agent_was_built() {
        CrmAgent agent = agent();
        defineContactTier();
        model.thenCall(
                        "create_contact",
                        "{\"firstName\": \"Ada\", \"lastName\": \"Byron\", \"email\": \"ada@cf.example\","
                                + " \"customFields\": {\"tier\": \"gold\", \"renewal\": \"2027-01-31\"}}")
                .thenAnswer("Created Ada.");

        AgentReply reply = agent.chat("define-then-create", "Add Ada Byron, ada@cf.example, a gold customer");

        assertThat(reply.performed())
                .singleElement()
                .extracting(AgentAction::status)
                .isEqualTo(Status.EXECUTED);
        Contact stored = crm.contacts()
                .find(ContactQuery.all().withText("ada@cf.example"))
                .items()
                .get(0);
        assertThat(stored.customFields().text("tier")).contains("gold");
        assertThat(stored.customFields().date("renewal")).contains(LocalDate.of(2027, 1, 31));
        assertThat(ScriptedChatModel.lastObservation(model.lastRequest()))
                .as("what the model reads back")
                .contains("\"customFields\":{\"renewal\":\"2027-01-31\",\"tier\":\"gold\"}");
        assertThat(tool(model.requests().get(0), "create_contact").parameters().properties())
                .containsKey("customFields");
        assertThat(agent.tools()).isEqualTo(model.lastRequest().toolSpecifications());
    }

    @Test
    void should_tell_the_model_which_custom_field_is_wrong_and_store_nothing() {
        CrmAgent agent = agent();
        defineContactTier();
        model.thenCall(
                        "create_contact",
                        "{\"firstName\": \"Bo\", \"lastName\": \"Lee\", \"email\": \"bo@cf.example\","
                                + " \"customFields\": {\"tier\": \"platinum\"}}")
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"Bo\", \"lastName\": \"Lee\", \"email\": \"bo@cf.example\","
                                + " \"customFields\": {\"shoe_size\": \"42\"}}")
                .thenAnswer("I could not.");

        AgentReply reply = agent.chat("wrong-field", "Add Bo Lee, a platinum customer");

        assertThat(reply.performed()).extracting(AgentAction::status).containsExactly(Status.FAILED, Status.FAILED);
        assertThat(reply.performed().get(0).error()).contains("customFields.tier");
        assertThat(reply.performed().get(1).error())
                .contains("customFields.shoe_size: not defined; the defined keys are tier, renewal");
        assertThat(crm.contacts()
                        .find(ContactQuery.all().withText("bo@cf.example"))
                        .items())
                .isEmpty();
    }

    @Test
    void should_name_a_bad_email_and_a_bad_custom_field_value_in_one_answer() {
        defineContactTier();
        ToolDispatcher tools = CrmToolset.dispatcher(crm);

        ToolResult created = tools.dispatch(
                "create_contact",
                "{\"firstName\": \"Bo\", \"lastName\": \"Lee\", \"email\": \"not-an-email\","
                        + " \"customFields\": {\"tier\": \"platinum\"}}");

        assertThat(created.status()).isEqualTo(ToolResult.Status.ERROR);
        assertThat(created.content())
                .startsWith("email: must be a valid email address")
                .contains("; customFields.tier: ");
        assertThat(crm.contacts().find(ContactQuery.all()).items()).isEmpty();

        Contact bo = crm.contacts().create(NewContact.of("Bo", "Lee", "bo@cf.example"));
        ToolResult updated = tools.dispatch(
                "update_contact",
                "{\"id\": " + bo.id() + ", \"email\": \"not-an-email\", \"customFields\": {\"tier\": \"platinum\"}}");

        assertThat(updated.content())
                .startsWith("email: must be a valid email address")
                .contains("; customFields.tier: ");
        assertThat(crm.contacts().getById(bo.id()).version()).isEqualTo(bo.version());
    }

    @Test
    void should_change_a_deals_number_field_and_drop_the_parameter_once_the_field_is_gone() {
        long amountField = crm.customFields()
                .create(new NewCustomField(
                        CustomFieldKind.DEAL, "seats", "Seats", CustomFieldType.NUMBER, null, 0, List.of(), false))
                .id();
        long pipeline = crm.pipelines().create(NewPipeline.of("Sales")).id();
        Deal deal = crm.deals()
                .create(NewDeal.builder("Licences").pipelineId(pipeline).build());
        CrmAgent agent = agent();
        model.thenCall("update_deal", "{\"id\": " + deal.id() + ", \"customFields\": {\"seats\": 25}}")
                .thenAnswer("Done.");

        agent.chat("seats", "The licence deal is for 25 seats");

        assertThat(crm.deals().getById(deal.id()).customFields().number("seats"))
                .hasValueSatisfying(seats -> assertThat(seats).isEqualByComparingTo(BigDecimal.valueOf(25)));

        crm.customFields().deleteById(amountField);
        model.thenAnswer("Fine.");
        agent.chat("seats", "Thanks");

        assertThat(tool(model.lastRequest(), "update_deal").parameters().properties())
                .doesNotContainKey("customFields");
    }
}
