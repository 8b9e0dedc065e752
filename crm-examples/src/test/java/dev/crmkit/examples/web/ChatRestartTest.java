package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.examples.testing.ScriptedChatModel;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The assistant's state is the database's, not the app's: the app restarted over the same database
 * shows a user their conversation, its history and its pending action, confirms that action, and
 * still answers 404 to every other user. Retention counts each user's conversations separately.
 */
class ChatRestartTest {

    private static final String STRANGER = "stranger";
    private static final String STRANGER_PASSWORD = "stranger-password";

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = TestDatabase.class,
            names = {"H2", "POSTGRESQL"})
    void should_keep_the_conversation_its_pending_action_and_its_owner_across_a_restart(TestDatabase kind) {
        try (IsolatedDatabase database = kind.open()) {
            long contact;
            String actionId;
            ScriptedChatModel before = new ScriptedChatModel();
            try (ConfigurableApplicationContext app = start(database.dataSource(), before)) {
                app.getBean(AppUsers.class).create(STRANGER, STRANGER_PASSWORD, Role.ADMIN);
                ApiClient owner = new ApiClient(port(app));
                contact = owner.post("/api/v1/contacts", aContact()).id();
                before.script()
                        .thenAnswer("Hello, how can I help?")
                        .thenCall("delete_contact", "{\"id\": " + contact + "}")
                        .thenAnswer("Please confirm the delete.");
                assertThat(chat(owner, "kept", "Hello").status()).isEqualTo(200);
                actionId = chat(owner, "kept", "Delete contact " + contact)
                        .json()
                        .path("pending")
                        .get(0)
                        .path("id")
                        .asString();
            }

            try (ConfigurableApplicationContext app = start(database.dataSource(), new ScriptedChatModel())) {
                ApiClient owner = new ApiClient(port(app));
                ApiClient stranger = ApiClient.basic(port(app), STRANGER, STRANGER_PASSWORD);
                String confirm = "/api/v1/chat/kept/actions/" + actionId + "/confirm";

                JsonNode conversation = owner.get("/api/v1/chat/kept").json();
                assertThat(texts(conversation.path("messages")))
                        .containsExactly(
                                "Hello",
                                "Hello, how can I help?",
                                "Delete contact " + contact,
                                "Please confirm the delete.");
                assertThat(conversation.path("pending")).hasSize(1);
                assertThat(conversation.path("pending").get(0).path("id").asString())
                        .isEqualTo(actionId);
                for (Reply reply : new Reply[] {
                    stranger.get("/api/v1/chat/kept"), stranger.post(confirm, ""), chat(stranger, "kept", "hi")
                }) {
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
                }
                assertThat(owner.get("/api/v1/contacts/" + contact).status()).isEqualTo(200);

                Reply confirmed = owner.post(confirm, "");

                assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
                assertThat(confirmed.json().path("status").asString()).isEqualTo("confirmed");
                assertThat(owner.get("/api/v1/contacts/" + contact).status()).isEqualTo(404);
                JsonNode after = owner.get("/api/v1/chat/kept").json();
                assertThat(after.path("pending")).isEmpty();
                assertThat(after.path("actions")
                                .get(after.path("actions").size() - 1)
                                .path("status")
                                .asString())
                        .isEqualTo("confirmed");
            }
        }
    }

    @Test
    void should_drop_a_users_oldest_conversation_beyond_the_retention_but_not_another_users() {
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            ScriptedChatModel model = new ScriptedChatModel();
            try (ConfigurableApplicationContext app =
                    start(database.dataSource(), model, "--crm.agent.retention.max-conversations=1")) {
                app.getBean(AppUsers.class).create(STRANGER, STRANGER_PASSWORD, Role.ADMIN);
                ApiClient owner = new ApiClient(port(app));
                ApiClient stranger = ApiClient.basic(port(app), STRANGER, STRANGER_PASSWORD);
                model.script().thenAnswer("One.").thenAnswer("Two.").thenAnswer("Three.");

                chat(owner, "first", "one");
                chat(stranger, "theirs", "two");
                chat(owner, "second", "three");

                assertThat(owner.get("/api/v1/chat/first").status()).isEqualTo(404);
                assertThat(texts(owner.get("/api/v1/chat/second").json().path("messages")))
                        .containsExactly("three", "Three.");
                assertThat(texts(stranger.get("/api/v1/chat/theirs").json().path("messages")))
                        .containsExactly("two", "Two.");
            }
        }
    }

    private static Reply chat(ApiClient client, String conversation, String message) {
        return client.post(
                "/api/v1/chat", "{\"conversation_id\": \"%s\", \"message\": \"%s\"}".formatted(conversation, message));
    }

    private static List<String> texts(JsonNode messages) {
        List<String> texts = new ArrayList<>();
        messages.forEach(message -> texts.add(message.path("text").asString()));
        return texts;
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    /** The app as deployed, over the test's database and a scripted model; both stay open after it stops. */
    private static ConfigurableApplicationContext start(
            DataSource dataSource, ScriptedChatModel model, String... args) {
        List<String> arguments = new ArrayList<>(
                List.of("--server.port=0", "--crm.seed=false", "--crm.web.admin-password=" + ApiClient.ADMIN_PASSWORD));
        arguments.addAll(List.of(args));
        return new SpringApplicationBuilder(CrmWebApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("dataSource", dataSource);
                    context.getBeanFactory().registerSingleton("scriptedChatModel", model);
                })
                .run(arguments.toArray(String[]::new));
    }
}
