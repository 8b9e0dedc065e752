package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.testing.ScriptedChatModel;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** A conversation and its pending actions belong to the user who started it: to anyone else they do not exist. */
@WebAppTest
@Import(ChatApiTest.ScriptedModel.class)
class ChatOwnershipTest {

    @LocalServerPort
    int port;

    @Autowired
    ScriptedChatModel model;

    @Autowired
    AppUsers users;

    ApiClient owner;
    ApiClient stranger;
    String conversation;

    @BeforeEach
    void twoUsers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        users.create("stranger-" + tag, "password-" + tag, Role.ADMIN);
        owner = new ApiClient(port);
        stranger = ApiClient.basic(port, "stranger-" + tag, "password-" + tag);
        conversation = "owned-" + tag;
    }

    @Test
    void should_answer_404_to_another_user_for_the_conversation_and_its_pending_action() {
        long contact = owner.post("/api/v1/contacts", aContact()).id();
        model.script().thenCall("delete_contact", "{\"id\": " + contact + "}").thenAnswer("Please confirm.");
        JsonNode pending = owner.post(
                        "/api/v1/chat",
                        "{\"conversation_id\": \"%s\", \"message\": \"Delete %d\"}".formatted(conversation, contact))
                .json()
                .path("pending")
                .get(0);
        String confirm = "/api/v1/chat/" + conversation + "/actions/"
                + pending.path("id").asString() + "/confirm";

        Reply read = stranger.get("/api/v1/chat/" + conversation);
        Reply confirmed = stranger.post(confirm, "");
        Reply continued = stranger.post(
                "/api/v1/chat", "{\"conversation_id\": \"%s\", \"message\": \"hi\"}".formatted(conversation));

        for (Reply reply : new Reply[] {read, confirmed, continued}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(owner.get("/api/v1/contacts/" + contact).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/chat/" + conversation).json().path("pending"))
                .hasSize(1);
        assertThat(owner.post(confirm, "").status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/contacts/" + contact).status()).isEqualTo(404);
    }
}
