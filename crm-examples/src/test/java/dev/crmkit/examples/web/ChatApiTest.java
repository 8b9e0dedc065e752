package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.llama.ContextOverflowException;
import dev.crmkit.core.kernel.StorageUnavailableException;
import dev.crmkit.examples.testing.ScriptedChatModel;
import dev.crmkit.examples.web.ApiClient.Reply;
import dev.crmkit.examples.web.chat.ChatMessages;
import dev.crmkit.examples.web.problem.StorageOutage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The chat API over a scripted model, so what the assistant does is known: a create runs at once,
 * a delete waits for the host's decision, and only confirm runs it.
 */
@WebAppTest
@Import(ChatApiTest.ScriptedModel.class)
class ChatApiTest {

    @TestConfiguration
    static class ScriptedModel {
        @Bean
        ScriptedChatModel scriptedChatModel() {
            return new ScriptedChatModel();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ScriptedChatModel model;

    ApiClient api;
    String conversation;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        conversation = "test-" + UUID.randomUUID();
    }

    @Test
    void should_run_a_create_at_once_and_report_it_as_performed() {
        String email = Bodies.uniqueEmail("john");
        model.script()
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"" + email + "\"}")
                .thenAnswer("I created John Doe.");

        Reply reply = chat("Create a contact named John Doe with email " + email);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().path("text").asString()).isEqualTo("I created John Doe.");
        JsonNode performed = reply.json().path("performed").get(0);
        assertThat(performed.path("tool").asString()).isEqualTo("create_contact");
        assertThat(performed.path("status").asString()).isEqualTo("executed");
        assertThat(performed.path("arguments").path("first_name").asString()).isEqualTo("John");
        assertThat(api.get("/api/v1/contacts?q=" + email).json().path("items")).hasSize(1);
    }

    @Test
    void should_hold_a_delete_until_confirmed_then_run_it() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        model.script().thenCall("delete_contact", "{\"id\": " + id + "}").thenAnswer("Please confirm the delete.");

        Reply reply = chat("Delete contact " + id);
        JsonNode pending = reply.json().path("pending").get(0);

        assertThat(pending.path("tool").asString()).isEqualTo("delete_contact");
        assertThat(pending.path("status").asString()).isEqualTo("pending");
        assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(200);

        Reply confirmed = api.post(decision(pending, "confirm"), "");

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("confirmed");
        assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(api.post(decision(pending, "confirm"), "").status()).isEqualTo(404);
    }

    @Test
    void should_drop_a_rejected_delete_without_running_it() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        model.script().thenCall("delete_contact", "{\"id\": " + id + "}").thenAnswer("Please confirm the delete.");
        JsonNode pending = chat("Delete contact " + id).json().path("pending").get(0);

        Reply rejected = api.post(decision(pending, "reject"), "");

        assertThat(rejected.json().path("status").asString()).isEqualTo("rejected");
        assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(200);
        JsonNode history = api.get("/api/v1/chat/" + conversation).json();
        assertThat(history.path("pending")).isEmpty();
        assertThat(history.path("actions")
                        .get(history.path("actions").size() - 1)
                        .path("status")
                        .asString())
                .isEqualTo("rejected");
        assertThat(history.path("messages").get(0).path("role").asString()).isEqualTo("user");
        assertThat(history.path("messages").get(1).path("text").asString()).isEqualTo("Please confirm the delete.");
    }

    @Test
    void should_answer_404_for_an_action_that_does_not_wait() {
        Reply reply = api.post("/api/v1/chat/" + conversation + "/actions/no-such-action/confirm", "");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("type").asString()).isEqualTo("/problems/unknown-action");
        assertThat(reply.json().path("detail").asString())
                .as("says where a client sees what waits, in the API's terms rather than the Java library's")
                .contains("GET /api/v1/chat/" + conversation)
                .doesNotContain("CrmAgent");
        assertThat(reply.json().path("action_id").asString()).isEqualTo("no-such-action");
        assertThat(reply.json().path("conversation_id").asString()).isEqualTo(conversation);
    }

    @Test
    void should_stream_the_answer_and_the_actions_as_server_sent_events() {
        String email = Bodies.uniqueEmail("stream");
        model.script()
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"Sam\", \"lastName\": \"Stream\", \"email\": \"" + email + "\"}")
                .thenAnswer("Created Sam.");

        Reply stream = api.send(api.request("/api/v1/chat/stream")
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"conversation_id\": \"" + conversation + "\", \"message\": \"Add Sam\"}")));

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.body())
                .contains("event:tool")
                .contains("event:action")
                .contains("\"tool\":\"create_contact\"")
                .contains("\"display_name\":\"Create contact\"")
                .contains("\"first_name\":\"Sam\"")
                .doesNotContain("firstName")
                .contains("event:text")
                .contains("Created Sam.")
                .contains("event:done");
        assertThat(stream.body().indexOf("event:done"))
                .isGreaterThan(stream.body().indexOf("event:text"));
        assertThat(stream.body().indexOf("event:tool")).isLessThan(stream.body().indexOf("event:action"));
    }

    @Test
    void should_answer_404_problem_details_for_a_conversation_nobody_started() {
        Reply reply = api.get("/api/v1/chat/unknown-" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asString()).isEqualTo("/problems/not-found");
    }

    @Test
    void should_stream_an_error_naming_the_app_properties_when_the_model_fails() {
        model.script()
                .thenFail(new ContextOverflowException(
                        "the prompt needs 10934 tokens ...; raise contextSize, lower maxTokens", 10934, 7168));

        Reply stream = api.send(api.request("/api/v1/chat/stream")
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"conversation_id\": \"" + conversation + "\", \"message\": \"Hi\"}")));

        assertThat(stream.body())
                .contains("event:error")
                .contains("raise crm.agent.context-size, lower crm.agent.max-tokens")
                .doesNotContain("event:done");
    }

    @Test
    void should_stream_the_outage_message_not_the_drivers_text_when_the_database_is_away() {
        model.script()
                .thenFail(new StorageUnavailableException("the database cannot be reached: \n### Error getting a new"
                        + " connection.  Cause: java.sql.SQLTransientConnectionException: HikariPool-1"));

        String body = stream("Hi").body();

        assertThat(body)
                .contains("event:error")
                .contains(StorageOutage.DETAIL)
                .doesNotContain("HikariPool", "###", "The assistant failed", "event:done");
    }

    @Test
    void should_refuse_a_streamed_message_over_the_limit_naming_the_field_and_the_rule_the_chat_page_shows() {
        Reply refused = api.send(api.request("/api/v1/chat/stream")
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"conversation_id\": \"" + conversation
                        + "\", \"message\": \"" + "a".repeat(ChatMessages.MAX_LENGTH + 1) + "\"}")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").path("message").asString())
                .isEqualTo("must be at most 4000 characters");
    }

    @Test
    void should_describe_in_the_readme_every_event_the_stream_sends() throws IOException {
        model.script()
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"Rea\", \"lastName\": \"Dme\", \"email\": \"" + Bodies.uniqueEmail("readme")
                                + "\"}")
                .thenAnswer("Created Rea.");
        String answered = stream("Add Rea").body();
        model.script().thenFail(new ContextOverflowException("the prompt needs 10934 tokens", 10934, 7168));
        String failed = stream("Hi").body();
        Set<String> sent = new TreeSet<>();
        Matcher event = Pattern.compile("(?m)^event:(\\w+)$").matcher(answered + failed);
        while (event.find()) {
            sent.add(event.group(1));
        }
        String chatRow = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("| chat |"))
                .findFirst()
                .orElseThrow();

        assertThat(sent).containsExactly("action", "done", "error", "text", "tool");
        for (String name : sent) {
            assertThat(chatRow)
                    .as("the README's chat row names the %s event", name)
                    .contains("`" + name + "` `{");
        }
    }

    @Test
    void should_start_a_new_conversation_when_none_is_named() {
        model.script().thenAnswer("Hello!");

        Reply reply = api.post("/api/v1/chat", "{\"message\": \"Hi\"}");

        assertThat(reply.json().path("conversation_id").asString()).isNotBlank();
        assertThat(reply.json().path("text").asString()).isEqualTo("Hello!");
    }

    @Test
    void should_name_the_change_set_of_a_turn_that_changed_data_and_undo_it() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        model.script()
                .thenCall("update_contact", "{\"id\": " + id + ", \"notes\": \"met at the fair\"}")
                .thenAnswer("Noted.");

        Reply reply = chat("Note that we met Ada at the fair");
        String changeSet = reply.json().path("change_set_id").asString();

        Reply set = api.get("/api/v1/change-sets/" + changeSet);
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("actor").path("kind").asString()).isEqualTo("agent");
        assertThat(set.json().path("actor").path("id").asString()).isEqualTo(conversation);
        assertThat(set.json().path("actor").path("on_behalf_of").asString()).isEqualTo(ApiClient.ADMIN);
        assertThat(api.post("/api/v1/change-sets/" + changeSet + "/undo", "").status())
                .isEqualTo(200);
        JsonNode notes = api.get("/api/v1/contacts/" + id).json().path("notes");
        assertThat(notes.isNull() || notes.isMissingNode()).as(notes.toString()).isTrue();
    }

    private Reply stream(String message) {
        return api.send(api.request("/api/v1/chat/stream")
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"conversation_id\": \"" + conversation + "\", \"message\": \"" + message + "\"}")));
    }

    private Reply chat(String message) {
        return api.post(
                "/api/v1/chat", "{\"conversation_id\": \"%s\", \"message\": \"%s\"}".formatted(conversation, message));
    }

    private String decision(JsonNode action, String decision) {
        return "/api/v1/chat/" + conversation + "/actions/" + action.path("id").asString() + "/" + decision;
    }
}
