package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.testing.TestModel;
import dev.crmkit.examples.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with {@code crm.agent.model} set to a real GGUF file, run in-process by llama.cpp. The
 * tiny test model writes nonsense, so this checks the wiring end to end, not the answers.
 */
@WebAppTest
class RealModelChatTest {

    @BeforeAll
    static void model() {
        TestModel.stories260K(); // skips (or fails under CI) before the app starts when the file is absent
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("crm.agent.model", () -> TestModel.stories260K().toString());
        registry.add("crm.agent.context-size", () -> "16384"); // its 512-token vocabulary spells the tools out long
    }

    @LocalServerPort
    int port;

    @Test
    void should_answer_through_the_in_process_model_and_keep_the_conversation() {
        ApiClient api = new ApiClient(port);

        Reply reply = api.post("/api/v1/chat", "{\"conversation_id\": \"real\", \"message\": \"Hello there\"}");
        Reply conversation = api.get("/api/v1/chat/real");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("conversation_id").asString()).isEqualTo("real");
        assertThat(reply.json().has("performed")).isTrue();
        assertThat(conversation.json().path("messages").get(0).path("text").asString())
                .isEqualTo("Hello there");
        assertThat(ApiClient.loggedIn(port).get("/chat").body()).contains("id=\"chat-form\"");
    }
}
