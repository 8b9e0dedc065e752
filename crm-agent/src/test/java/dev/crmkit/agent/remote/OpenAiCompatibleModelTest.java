package dev.crmkit.agent.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.AgentAction;
import dev.crmkit.agent.AgentException;
import dev.crmkit.agent.AgentReply;
import dev.crmkit.agent.AgentStreamHandler;
import dev.crmkit.agent.CrmAgent;
import dev.crmkit.agent.crm.CrmToolset;
import dev.crmkit.agent.testing.FakeOpenAiServer;
import dev.crmkit.agent.testing.OnTestCrm;
import dev.crmkit.core.contact.Contact;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The agent on a remote OpenAI-compatible server: a fake server on loopback scripts the model's
 * replies, and the CRM tools run for real on H2.
 */
class OpenAiCompatibleModelTest extends OnTestCrm {

    private final FakeOpenAiServer server = FakeOpenAiServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private OpenAiCompatibleModel remote(URI baseUrl, String apiKey) {
        return OpenAiCompatibleModel.builder()
                .baseUrl(baseUrl)
                .modelName("qwen2.5-1.5b-instruct")
                .apiKey(apiKey)
                .build();
    }

    private CrmAgent blockingAgent() {
        return CrmAgent.builder()
                .crm(crm)
                .chatModel(remote(server.baseUrl(), "secret").chatModel())
                .build();
    }

    private CrmAgent streamingAgent() {
        OpenAiCompatibleModel remote = remote(server.baseUrl(), "secret");
        return CrmAgent.builder()
                .crm(crm)
                .chatModel(remote.chatModel())
                .streamingChatModel(remote.streamingChatModel())
                .build();
    }

    @Test
    void should_create_the_contact_the_server_asks_for_and_send_back_the_result() {
        server.thenCall(
                        "create_contact",
                        "{\"firstName\":\"John\",\"lastName\":\"Doe\",\"email\":\"john@remote.test\"}")
                .thenAnswer("Created John Doe.");

        AgentReply reply = blockingAgent().chat("remote-1", "Create John Doe, john@remote.test");

        Contact john = crm.contacts().findByEmail("john@remote.test").orElseThrow();
        assertThat(reply.text()).isEqualTo("Created John Doe.");
        assertThat(reply.performed()).singleElement().satisfies(action -> {
            assertThat(action.tool()).isEqualTo("create_contact");
            assertThat(action.status()).isEqualTo(AgentAction.Status.EXECUTED);
        });
        FakeOpenAiServer.Received first = server.received().get(0);
        assertThat(first.authorization()).isEqualTo("Bearer secret");
        assertThat(first.body().path("model").asText()).isEqualTo("qwen2.5-1.5b-instruct");
        assertThat(first.body().path("tools"))
                .hasSize(CrmToolset.specifications().size());
        assertThat(server.lastReceived().messages("tool")).singleElement().satisfies(tool -> {
            assertThat(tool.path("tool_call_id").asText()).isEqualTo("call_1");
            assertThat(tool.path("content").asText()).contains("\"id\":" + john.id());
        });
    }

    @Test
    void should_answer_an_unknown_tool_with_an_observation_the_server_reads() {
        server.thenCall("drop_database", "{}").thenAnswer("I cannot do that.");

        AgentReply reply = blockingAgent().chat("remote-2", "Drop the database");

        assertThat(reply.text()).isEqualTo("I cannot do that.");
        assertThat(reply.performed())
                .singleElement()
                .satisfies(action -> assertThat(action.status()).isEqualTo(AgentAction.Status.FAILED));
        assertThat(toolObservation()).contains("there is no tool named drop_database");
    }

    @Test
    void should_answer_malformed_arguments_with_an_observation() {
        server.thenCall("create_contact", "{\"firstName\": \"Jo").thenAnswer("Sorry.");

        AgentReply reply = blockingAgent().chat("remote-3", "Create Jo");

        assertThat(reply.text()).isEqualTo("Sorry.");
        assertThat(toolObservation())
                .contains("invalid arguments for create_contact: the arguments are not valid JSON");
    }

    @Test
    void should_answer_arguments_against_the_schema_with_an_observation_and_create_nothing() {
        server.thenCall("create_contact", "{\"firstName\":\"Ann\",\"lastName\":\"Schema\",\"email\":42}")
                .thenAnswer("The email was wrong.");

        AgentReply reply = blockingAgent().chat("remote-4", "Create Ann Schema");

        assertThat(reply.text()).isEqualTo("The email was wrong.");
        assertThat(toolObservation())
                .contains("invalid arguments for create_contact")
                .contains("email");
        assertThat(crm.contacts().findByEmail("42")).isEmpty();
    }

    @Test
    void should_stream_the_answer_and_run_a_streamed_tool_call() {
        server.thenCall(
                        "create_contact",
                        "{\"firstName\":\"Sue\",\"lastName\":\"Stream\",\"email\":\"sue@remote.test\"}")
                .thenAnswer("Created Sue Stream for you.");
        List<String> fragments = new ArrayList<>();
        List<String> actions = new ArrayList<>();

        AgentReply reply = streamingAgent().chat("remote-5", "Create Sue Stream", new AgentStreamHandler() {
            @Override
            public void onText(String fragment) {
                fragments.add(fragment);
            }

            @Override
            public void onAction(AgentAction action) {
                actions.add(action.tool() + " " + action.status());
            }
        });

        assertThat(crm.contacts().findByEmail("sue@remote.test")).isPresent();
        assertThat(actions).containsExactly("create_contact EXECUTED");
        assertThat(fragments).hasSizeGreaterThan(1);
        assertThat(String.join("", fragments)).isEqualTo("Created Sue Stream for you.");
        assertThat(reply.text()).isEqualTo("Created Sue Stream for you.");
        assertThat(server.received())
                .allSatisfy(request ->
                        assertThat(request.body().path("stream").asBoolean()).isTrue());
    }

    @Test
    void should_name_the_server_and_the_api_key_when_it_refuses_the_key() {
        server.thenFail(401, "{\"error\":{\"message\":\"Invalid API key\",\"type\":\"invalid_request_error\"}}");

        assertThatThrownBy(() -> blockingAgent().chat("remote-6", "Hi"))
                .isInstanceOf(AgentException.class)
                .hasMessageContaining("the model server at " + server.baseUrl())
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("check the API key");
    }

    @Test
    void should_name_the_server_when_it_fails_while_streaming() {
        server.thenFail(500, "{\"error\":{\"message\":\"out of memory\"}}");

        assertThatThrownBy(() -> streamingAgent().chat("remote-7", "Hi", fragment -> {}))
                .isInstanceOf(AgentException.class)
                .hasMessageContaining("the model server at " + server.baseUrl())
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("out of memory");
    }

    @Test
    void should_say_the_server_cannot_be_reached_when_nothing_listens() throws IOException {
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v1");
        }
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(remote(nowhere, "").chatModel())
                .build();

        assertThatThrownBy(() -> agent.chat("remote-8", "Hi"))
                .isInstanceOf(RemoteModelException.class)
                .hasMessage("cannot connect to the model server at " + nowhere
                        + ": is it running, and is the base URL right?");
    }

    @Test
    void should_send_no_authorization_without_an_api_key() {
        server.thenAnswer("Hello.");
        CrmAgent agent = CrmAgent.builder()
                .crm(crm)
                .chatModel(remote(server.baseUrl(), " ").chatModel())
                .build();

        assertThat(agent.chat("remote-9", "Hi").text()).isEqualTo("Hello.");
        assertThat(server.lastReceived().authorization()).isNull();
    }

    @Test
    void should_refuse_a_base_url_that_is_not_http() {
        assertThatThrownBy(() -> OpenAiCompatibleModel.builder().baseUrl(URI.create("ftp://host/v1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> OpenAiCompatibleModel.builder()
                        .baseUrl(URI.create("http://host/v1"))
                        .build())
                .hasMessageContaining("modelName is required");
    }

    private String toolObservation() {
        return server.lastReceived().messages("tool").get(0).path("content").asText();
    }
}
