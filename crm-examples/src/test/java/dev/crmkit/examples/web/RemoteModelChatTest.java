package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.FakeOpenAiServer;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app configured with {@code crm.agent.base-url}: its assistant is a model on an
 * OpenAI-compatible server, here a fake one on loopback that scripts the model's replies, while the
 * CRM tools run for real.
 */
@WebAppTest
class RemoteModelChatTest {

    static final FakeOpenAiServer SERVER = FakeOpenAiServer.start();

    @DynamicPropertySource
    static void remoteModel(DynamicPropertyRegistry properties) {
        properties.add("crm.agent.base-url", () -> SERVER.baseUrl().toString());
        properties.add("crm.agent.model-name", () -> "served-model");
        properties.add("crm.agent.api-key", () -> "web-secret");
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @LocalServerPort
    int port;

    ApiClient api;
    String conversation;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        conversation = "remote-" + UUID.randomUUID();
    }

    @Test
    void should_create_the_contact_the_server_asks_for() {
        String email = Bodies.uniqueEmail("remote");
        SERVER.thenCall("create_contact", "{\"firstName\":\"Rem\",\"lastName\":\"Ote\",\"email\":\"" + email + "\"}")
                .thenAnswer("Created Rem Ote.");

        Reply reply = chat("Create Rem Ote with email " + email);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("text").asString()).isEqualTo("Created Rem Ote.");
        assertThat(api.get("/api/v1/contacts?q=" + email).json().path("items")).hasSize(1);
        assertThat(SERVER.lastReceived().authorization()).isEqualTo("Bearer web-secret");
        assertThat(SERVER.lastReceived().body().path("model").asText()).isEqualTo("served-model");
    }

    @Test
    void should_stream_the_servers_answer() {
        SERVER.thenAnswer("Hello from the server.");

        Reply stream = api.send(api.request("/api/v1/chat/stream")
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"conversation_id\": \"" + conversation + "\", \"message\": \"Hi\"}")));

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.body()).contains("event:text").contains("event:done").contains("server.");
        assertThat(SERVER.lastReceived().body().path("stream").asBoolean()).isTrue();
    }

    @Test
    void should_answer_503_naming_the_server_when_it_refuses_the_key() {
        SERVER.thenFail(401, "{\"error\":{\"message\":\"Invalid API key\"}}");

        Reply reply = chat("Hi");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString())
                .contains("the model server at " + SERVER.baseUrl())
                .contains("HTTP 401")
                .contains("check the API key")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    private Reply chat(String message) {
        return api.post(
                "/api/v1/chat", "{\"conversation_id\": \"" + conversation + "\", \"message\": \"" + message + "\"}");
    }
}
