package dev.crmkit.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.AgentAction.Status;
import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.grammar.GrammarLimits;
import dev.crmkit.agent.grammar.ToolCallGrammar;
import dev.crmkit.agent.grammar.ToolCallGrammarCompiler;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.agent.testing.ScriptedChatModel;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.agent.tool.RequiresConfirmation;
import dev.crmkit.core.kernel.ValidationException;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A host adds its own tools beside the CRM tools; they are offered, checked, run and confirmed like them. */
class HostToolsTest extends OnTestCrm {

    private final ScriptedChatModel model = new ScriptedChatModel();
    private final Mailer mailer = new Mailer();

    /** A host's tools: one runs at once, one waits for the user. */
    static final class Mailer {

        final List<String> sent = new CopyOnWriteArrayList<>();

        @Tool(name = "draft_email", value = "Draft an email. Example: {\"to\": \"jane@example.com\"}")
        public String draftEmail(@P("recipient") @MaxLength(254) String to) {
            return "Dear " + to;
        }

        @RequiresConfirmation
        @Tool(name = "send_email", value = "Send an email. Example: {\"to\": \"jane@example.com\"}")
        public void sendEmail(@P("recipient") @MaxLength(254) String to) {
            sent.add(to);
        }
    }

    private static ToolSpecification weatherSpecification() {
        return ToolSpecification.builder()
                .name("weather")
                .description("Weather in a city")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("city")
                        .required("city")
                        .build())
                .build();
    }

    @Test
    void should_offer_the_host_tools_after_the_crm_tools() {
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .tools(mailer)
                .tool(weatherSpecification(), arguments -> "sunny")
                .build();
        model.thenAnswer("Hello");

        agent.chat("offer", "Hi");

        List<String> crmTools = CrmToolset.specifications().stream()
                .map(ToolSpecification::name)
                .toList();
        assertThat(model.lastRequest().toolSpecifications())
                .extracting(ToolSpecification::name)
                .startsWith(crmTools.toArray(String[]::new))
                .endsWith("draft_email", "send_email", "weather")
                .hasSize(crmTools.size() + 3);
        assertThat(agent.tools()).isEqualTo(model.lastRequest().toolSpecifications());
    }

    @Test
    void should_let_a_local_models_grammar_write_calls_of_the_host_tools() {
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .tools(mailer)
                .tool(weatherSpecification(), arguments -> "sunny")
                .build();

        ToolCallGrammar grammar =
                new ToolCallGrammarCompiler(GrammarLimits.defaults()).compile(agent.tools(), true, 4096);

        assertThat(grammar.tools()).extracting(ToolSpecification::name).contains("send_email", "weather");
        assertThat(grammar.gbnf()).contains("\\\"send_email\\\"").contains("\\\"weather\\\"");
    }

    @Test
    void should_run_a_host_tool_and_show_the_model_its_result() {
        CrmAgent agent =
                CrmAgent.builder().crm(crm).chatModel(model).tools(mailer).build();
        model.thenCall("draft_email", "{\"to\": \"jane@example.com\"}").thenAnswer("Drafted.");

        AgentReply reply = agent.chat("draft", "Draft an email to Jane");

        assertThat(reply.performed()).singleElement().satisfies(action -> {
            assertThat(action.tool()).isEqualTo("draft_email");
            assertThat(action.status()).isEqualTo(Status.EXECUTED);
            assertThat(action.result()).isEqualTo("\"Dear jane@example.com\"");
        });
        assertThat(ScriptedChatModel.lastObservation(model.lastRequest()))
                .isEqualTo("{\"data\": \"Dear jane@example.com\"}");
    }

    @Test
    void should_check_a_host_tools_arguments_against_its_parameters() {
        CrmAgent agent =
                CrmAgent.builder().crm(crm).chatModel(model).tools(mailer).build();
        model.thenCall("draft_email", "{\"to\": \"" + "x".repeat(255) + "\"}").thenAnswer("Sorry.");

        AgentReply reply = agent.chat("too-long", "Draft an email");

        assertThat(reply.performed())
                .singleElement()
                .extracting(AgentAction::status)
                .isEqualTo(Status.FAILED);
        assertThat(ScriptedChatModel.lastObservation(model.lastRequest()))
                .contains("to")
                .contains("254");
    }

    @Test
    void should_keep_a_host_tool_marked_for_confirmation_pending_until_the_host_confirms() {
        CrmAgent agent =
                CrmAgent.builder().crm(crm).chatModel(model).tools(mailer).build();
        model.thenCall("send_email", "{\"to\": \"jane@example.com\"}").thenAnswer("It awaits your confirmation.");

        AgentReply reply = agent.chat("send", "Send it");

        assertThat(mailer.sent).isEmpty();
        AgentAction proposed = reply.pending().get(0);
        assertThat(proposed.tool()).isEqualTo("send_email");

        AgentAction confirmed = agent.confirm("send", proposed.id());

        assertThat(confirmed.status()).isEqualTo(Status.CONFIRMED);
        assertThat(mailer.sent).containsExactly("jane@example.com");
    }

    @Test
    void should_run_a_specified_tool_with_the_arguments_the_model_wrote() {
        List<String> calls = new CopyOnWriteArrayList<>();
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .tool(weatherSpecification(), arguments -> {
                    calls.add(arguments);
                    return new Weather("sunny", 21);
                })
                .build();
        model.thenCall("weather", "{\"city\": \"Oslo\"}").thenAnswer("Sunny.");

        agent.chat("weather", "Weather in Oslo?");

        assertThat(calls).containsExactly("{\"city\": \"Oslo\"}");
        assertThat(ScriptedChatModel.lastObservation(model.lastRequest()))
                .isEqualTo("{\"data\": {\"sky\":\"sunny\",\"celsius\":21}}");
    }

    record Weather(String sky, int celsius) {}

    @Test
    void should_tell_the_model_what_a_specified_tool_refused_and_what_is_not_json() {
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .tool(weatherSpecification(), arguments -> {
                    throw new ValidationException("city", "must be a city we know");
                })
                .build();
        model.thenCall("weather", "{\"city\": \"Atlantis\"}")
                .thenCall("weather", "city=Oslo")
                .thenAnswer("Sorry.");

        AgentReply reply = agent.chat("refused", "Weather in Atlantis?");

        assertThat(reply.performed()).extracting(AgentAction::status).containsExactly(Status.FAILED, Status.FAILED);
        assertThat(reply.performed().get(0).error()).contains("city").contains("must be a city we know");
        assertThat(reply.performed().get(1).error()).contains("not valid JSON");
    }

    @Test
    void should_keep_a_tool_named_for_confirmation_pending() {
        List<String> calls = new CopyOnWriteArrayList<>();
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(model)
                .tool(weatherSpecification(), arguments -> calls.add(arguments))
                .requireConfirmation("weather", "update_contact")
                .build();
        model.thenCall("weather", "{\"city\": \"Oslo\"}")
                .thenCall("update_contact", "{\"id\": 1, \"phone\": \"1\"}")
                .thenAnswer("Both await your confirmation.");

        AgentReply reply = agent.chat("named", "Weather, and change contact 1");

        assertThat(calls).isEmpty();
        assertThat(reply.pending()).extracting(AgentAction::tool).containsExactly("weather", "update_contact");
        agent.confirm("named", reply.pending().get(0).id());
        assertThat(calls).containsExactly("{\"city\": \"Oslo\"}");
    }

    @Test
    void should_refuse_a_host_tool_that_takes_a_crm_tools_name_and_a_confirmation_for_no_tool() {
        ToolSpecification clash =
                ToolSpecification.builder().name("create_contact").build();

        assertThatThrownBy(() -> CrmAgent.builder()
                        .crm(crm)
                        .chatModel(model)
                        .tool(clash, arguments -> null)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("create_contact");
        assertThatThrownBy(() -> CrmAgent.builder()
                        .crm(crm)
                        .chatModel(model)
                        .requireConfirmation("send_mail")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("send_mail");
    }
}
