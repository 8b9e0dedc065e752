package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.testing.FakeOpenAiServer;
import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code crm chat --base-url}: the assistant's model on an OpenAI-compatible server (a fake one on loopback). */
class RemoteChatCommandTest extends CliTest {

    FakeOpenAiServer server = FakeOpenAiServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_chat_with_a_model_on_the_server_and_run_its_tool_calls() {
        server.thenCall(
                        "create_contact",
                        "{\"firstName\":\"Ada\",\"lastName\":\"Remote\",\"email\":\"ada@remote.test\"}")
                .thenAnswer("I created Ada Remote.");

        Result chat = crm.runWithInput(
                "Create Ada Remote, ada@remote.test\nexit\n",
                "chat",
                "--base-url",
                server.baseUrl().toString(),
                "--model-name",
                "served-model",
                "--api-key",
                "cli-secret");

        assertThat(chat.exitCode()).as(chat.toString()).isZero();
        assertThat(chat.out())
                .contains("[create_contact")
                .contains("I created Ada Remote.")
                .endsWith("bye\n");
        assertThat(crm.run("contacts", "list").out()).contains("ada@remote.test");
        assertThat(server.lastReceived().authorization()).isEqualTo("Bearer cli-secret");
        assertThat(server.lastReceived().body().path("model").asText()).isEqualTo("served-model");
    }

    @Test
    void should_say_which_server_it_cannot_reach_and_keep_the_conversation_open() throws IOException {
        String nowhere;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nowhere = "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }

        Result chat = crm.runWithInput("Hi\nexit\n", "chat", "--base-url", nowhere, "--model-name", "m");

        assertThat(chat.exitCode()).as(chat.toString()).isZero();
        assertThat(chat.out())
                .contains("error: cannot connect to the model server at " + nowhere
                        + ": is it running, and is the base URL right?")
                .endsWith("bye\n")
                .doesNotContain("Exception");
    }

    @Test
    void should_name_the_missing_or_contradicting_options() {
        Result noName = crm.run("chat", "--base-url", server.baseUrl().toString());
        Result both = crm.run("chat", "--base-url", server.baseUrl().toString(), "--model-name", "m", "--model", "x");
        Result badUrl = crm.run("chat", "--base-url", "ftp://host/v1", "--model-name", "m");
        Result keyAlone = crm.run("chat", "--api-key", "k");

        assertThat(noName.exitCode()).isEqualTo(1);
        assertThat(noName.err()).startsWith("error: --model-name is required with --base-url");
        assertThat(both.err()).startsWith("error: give either --model (a local file) or --base-url (a server)");
        assertThat(badUrl.err()).startsWith("error: --base-url must be an http:// or https:// address");
        assertThat(keyAlone.err()).startsWith("error: --model-name and --api-key need --base-url");
        assertThat(server.received()).isEmpty();
    }
}
