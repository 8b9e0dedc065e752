package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app without {@code crm.agent.model}: the CRM works, and the chat says how to configure a model. */
@WebAppTest
class ChatWithoutModelTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_answer_503_saying_how_to_configure_a_model() {
        Reply reply = api.post("/api/v1/chat", "{\"message\": \"Which tasks are overdue?\"}");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asString()).isEqualTo("/problems/chat-unavailable");
        assertThat(reply.json().path("detail").asString()).contains("crm.agent.model");
        assertThat(reply.json().path("how_to_configure").asString()).contains("crm model pull");
    }

    @Test
    void should_answer_503_on_every_chat_endpoint() {
        assertThat(api.post("/api/v1/chat/stream", "{\"message\": \"hi\"}").status())
                .isEqualTo(503);
        assertThat(api.get("/api/v1/chat/some-conversation").status()).isEqualTo(503);
        assertThat(api.post("/api/v1/chat/c1/actions/a1/confirm", "").status()).isEqualTo(503);
        assertThat(api.post("/api/v1/chat/c1/actions/a1/reject", "").status()).isEqualTo(503);
    }

    @Test
    void should_still_answer_400_for_a_malformed_chat_request() {
        Reply blank = api.post("/api/v1/chat", "{\"message\": \"  \"}");
        Reply badId = api.post("/api/v1/chat", "{\"message\": \"hi\", \"conversation_id\": \"../etc\"}");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errors().path("message").asString()).isEqualTo("must not be blank");
        assertThat(badId.errors().path("conversation_id").asString()).startsWith("must be 1-64 letters");
    }

    @Test
    void should_explain_on_the_chat_page_how_to_configure_a_model() {
        Reply page = ApiClient.loggedIn(port).get("/chat");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"no-model\"")
                .contains("No chat model is configured")
                .contains("--crm.agent.model=")
                .contains("<code id=\"pull-command\">crm-examples/crm model pull qwen2.5-1.5b-instruct</code>")
                .contains("--crm.agent.model=$HOME/.crmkit/models/qwen2.5-1.5b-instruct-q4_k_m.gguf")
                .contains("--crm.agent.base-url=")
                .doesNotContain("id=\"chat-form\"")
                .doesNotContain("Download a model with:"); // the page says how in its own words, once
    }
}
