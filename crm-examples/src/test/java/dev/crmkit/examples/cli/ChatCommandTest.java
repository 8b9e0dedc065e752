package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import dev.crmkit.examples.testing.ScriptedChatModel;
import dev.crmkit.examples.testing.TestModel;
import dev.langchain4j.model.chat.ChatModel;
import org.junit.jupiter.api.Test;

/** {@code crm chat}: the answer streams, and a delete runs only after a "y" at its prompt. */
class ChatCommandTest extends CliTest {

    ScriptedChatModel model = new ScriptedChatModel();

    @Override
    ChatModel chatModel() {
        return model;
    }

    @Test
    void should_show_the_answer_and_each_action_it_ran() {
        model.script()
                .thenCall(
                        "create_contact",
                        "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"john@example.com\"}")
                .thenAnswer("I created John Doe.");

        Result chat = crm.runWithInput("Create John Doe, john@example.com\nexit\n", "chat");

        assertThat(chat.exitCode()).as(chat.toString()).isZero();
        assertThat(chat.out())
                .contains("you> ")
                .contains("assistant> ")
                .contains("I created John Doe.")
                .contains("[create_contact")
                .contains("executed")
                .endsWith("bye\n");
        assertThat(crm.run("contacts", "list").out()).contains("john@example.com");
    }

    @Test
    void should_delete_only_after_the_user_answers_yes() {
        long id = crm.addContact("A", "B", "a@example.com");
        model.script().thenCall("delete_contact", "{\"id\": " + id + "}").thenAnswer("That needs your confirmation.");

        Result chat = crm.runWithInput("Delete contact " + id + "\ny\n", "chat");

        assertThat(chat.exitCode()).as(chat.toString()).isZero();
        assertThat(chat.out())
                .contains("The assistant wants to run delete_contact {\"id\": " + id + "}. Allow it? [y/N] ")
                .contains("[delete_contact: confirmed");
        assertThat(crm.run("contacts", "show", String.valueOf(id)).exitCode()).isEqualTo(1);
    }

    @Test
    void should_keep_the_record_when_the_user_answers_anything_but_yes() {
        long id = crm.addContact("A", "B", "a@example.com");
        model.script().thenCall("delete_contact", "{\"id\": " + id + "}").thenAnswer("That needs your confirmation.");

        Result chat = crm.runWithInput("Delete contact " + id + "\n\n", "chat");

        assertThat(chat.out()).contains("Allow it? [y/N] ").contains("[delete_contact: rejected]");
        assertThat(crm.run("contacts", "show", String.valueOf(id)).exitCode()).isZero();
    }

    @Test
    void should_stop_the_answer_at_ctrl_c_and_go_on_with_the_conversation() {
        model.script().thenGenerateUntilInterrupted(Signals::ctrlC).thenAnswer("Still here.");

        Result chat = crm.runWithInput("Write me a long story\nAre you there?\nexit\n", "chat");

        assertThat(chat.exitCode()).as(chat.toString()).isZero();
        assertThat(chat.out())
                .contains("assistant> \n[stopped]\n")
                .contains("assistant> Still here.")
                .endsWith("bye\n");
    }

    @Test
    void should_say_how_to_get_a_model_when_there_is_none() {
        CliRunner withoutModel = new CliRunner(home, "jdbc:h2:file:" + home.resolve("crm"));

        Result chat = withoutModel.runWithInput("hi\n", "chat");

        assertThat(chat.exitCode()).isEqualTo(1);
        assertThat(chat.err()).startsWith("error: no model in ").contains("crm model pull");
    }

    @Test
    void should_chat_with_a_real_gguf_model_in_process() {
        CliRunner real = new CliRunner(home, "jdbc:h2:file:" + home.resolve("crm"));

        // No --context-size: the defaults must hold the tools, which its 512-token vocabulary spells out long.
        Result chat = real.runWithInput(
                "Hello\nexit\n", "chat", "--model", TestModel.stories260K().toString());

        assertThat(chat.exitCode()).as(chat.toString()).isZero();
        assertThat(chat.out()).contains("assistant> ").endsWith("bye\n");
    }
}
