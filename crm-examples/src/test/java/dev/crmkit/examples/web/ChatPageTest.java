package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.testing.ScriptedChatModel;
import dev.crmkit.examples.web.ApiClient.Reply;
import dev.crmkit.examples.web.chat.ChatMessages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The chat page with plain form posts, as a browser without JavaScript uses it; the conversation is the session's. */
@WebAppTest
@Import(ChatApiTest.ScriptedModel.class)
class ChatPageTest {

    private static final Pattern PENDING = Pattern.compile("id=\"action-([^\"]+)\"");
    private static final Pattern UNDO = Pattern.compile("id=\"undo-turn\"[^>]*action=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ScriptedChatModel model;

    ApiClient browser;

    @BeforeEach
    void session() {
        browser = ApiClient.loggedIn(port); // keeps the session cookie and its CSRF token, like a browser
    }

    @Test
    void should_show_the_conversation_and_run_a_pending_delete_only_when_confirmed() {
        long id = browser.post("/api/v1/contacts", aContact()).id();
        model.script().thenCall("delete_contact", "{\"id\": " + id + "}").thenAnswer("Please confirm the delete.");

        Reply sent = form("/chat", "message=" + URLEncoder.encode("Delete contact " + id, StandardCharsets.UTF_8));
        String page = browser.get("/chat").body();

        assertThat(sent.status()).isEqualTo(302);
        assertThat(page)
                .contains("Delete contact " + id)
                .contains("Please confirm the delete.")
                .contains("Delete contact</strong>")
                .contains("<dt>Id</dt><dd>" + id + "</dd>")
                .contains(">Confirm</button>")
                .contains(">Reject</button>");
        assertThat(browser.get("/api/v1/contacts/" + id).status()).isEqualTo(200);

        Matcher pending = PENDING.matcher(page);
        assertThat(pending.find()).isTrue();
        Reply confirmed = form("/chat/actions/" + pending.group(1) + "/confirm", "");

        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(browser.get("/chat").body())
                .contains("Delete contact: confirmed")
                .doesNotContain(">Confirm</button>");
        assertThat(browser.get("/api/v1/contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void should_keep_the_record_when_the_pending_delete_is_rejected() {
        long id = browser.post("/api/v1/contacts", aContact()).id();
        model.script().thenCall("delete_contact", "{\"id\": " + id + "}").thenAnswer("Please confirm the delete.");
        form("/chat", "message=delete");
        Matcher pending = PENDING.matcher(browser.get("/chat").body());
        assertThat(pending.find()).isTrue();

        form("/chat/actions/" + pending.group(1) + "/reject", "");

        assertThat(browser.get("/chat").body()).contains("Delete contact: rejected");
        assertThat(browser.get("/api/v1/contacts/" + id).status()).isEqualTo(200);
    }

    @Test
    void should_offer_to_undo_a_turn_that_changed_data_and_undo_it() {
        long id = browser.post("/api/v1/contacts", aContact()).id();
        model.script()
                .thenCall("update_contact", "{\"id\": " + id + ", \"position\": \"Chief Engineer\"}")
                .thenAnswer("Done.");
        form("/chat", "message=" + URLEncoder.encode("Make her chief engineer", StandardCharsets.UTF_8));
        assertThat(browser.get("/api/v1/contacts/" + id).json().path("position").asString())
                .isEqualTo("Chief Engineer");

        Matcher undo = UNDO.matcher(browser.get("/chat").body());
        assertThat(undo.find())
                .as("the undo button after a turn that changed data")
                .isTrue();
        form(undo.group(1), "");

        JsonNode position = browser.get("/api/v1/contacts/" + id).json().path("position");
        assertThat(position.isNull() || position.isMissingNode())
                .as(position.toString())
                .isTrue();
        assertThat(browser.get("/chat").body()).contains("Undid the assistant&#39;s last change (1 record change)");
        assertThat(form(undo.group(1).replace("/chat/undo/", "/chat/undo/not-"), "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void should_limit_the_message_box_to_the_length_the_api_accepts() {
        assertThat(browser.get("/chat").body())
                .contains("name=\"message\"")
                .contains("maxlength=\"" + ChatMessages.MAX_LENGTH + "\"");
    }

    @Test
    void should_refuse_a_message_over_the_limit_naming_the_field_and_the_rule_and_give_the_draft_back() {
        model.script().thenAnswer("This answer must not appear.");
        String tooLong = "a".repeat(ChatMessages.MAX_LENGTH + 1);

        Reply sent = form("/chat", "message=" + tooLong);
        String page = browser.get("/chat").body();

        assertThat(sent.status()).isEqualTo(302);
        assertThat(page)
                .contains("Not sent: the message must be at most 4000 characters (this one has 4001).")
                .contains("value=\"" + "a".repeat(ChatMessages.MAX_LENGTH) + "\"")
                .doesNotContain("This answer must not appear.");
    }

    @Test
    void should_send_a_message_of_exactly_the_limit() {
        model.script().thenAnswer("Read it all.");

        form("/chat", "message=" + "b".repeat(ChatMessages.MAX_LENGTH));

        assertThat(browser.get("/chat").body()).contains("Read it all.").doesNotContain("Not sent");
    }

    @Test
    void should_refuse_a_message_with_a_control_character_as_the_api_does() {
        model.script().thenAnswer("This answer must not appear.");

        Reply sent = form("/chat", "message=" + URLEncoder.encode("Hi\u0001there", StandardCharsets.UTF_8));
        Reply page = browser.get("/chat");

        assertThat(sent.status()).isEqualTo(302);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Not sent: the message must not contain control characters other than tab, newline and"
                        + " carriage return.")
                .contains("value=\"Hithere\"")
                .doesNotContain("This answer must not appear.");
    }

    private Reply form(String path, String body) {
        return browser.form(path, body);
    }
}
