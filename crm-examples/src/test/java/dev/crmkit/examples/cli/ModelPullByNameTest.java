package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.agent.model.ModelFiles;
import dev.crmkit.agent.model.RecommendedModel;
import dev.crmkit.agent.testing.FakeHub;
import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code crm model pull <name | hf:...>} from a fake hub on loopback, checked against its published SHA-256. */
class ModelPullByNameTest extends CliTest {

    static final byte[] MODEL = new byte[120_000];

    FakeHub hub = FakeHub.start();

    @BeforeEach
    void randomModel() {
        new Random(11).nextBytes(MODEL);
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void should_pull_a_built_in_model_by_name_and_verify_the_published_checksum() throws IOException {
        RecommendedModel small = RecommendedModel.find("qwen2.5-0.5b-instruct").orElseThrow();
        hub.host(
                small.reference().owner() + "/" + small.reference().repo() + "/"
                        + small.reference().path(),
                MODEL);

        Result pulled = crm.run(
                "model", "pull", "qwen2.5-0.5b-instruct", "--hub-url", hub.url().toString());
        Result available = crm.run("model", "list", "--available");

        assertThat(pulled.exitCode()).as(pulled.toString()).isZero();
        assertThat(pulled.out()).contains("qwen2.5-0.5b-instruct-q8_0.gguf").contains(FakeHub.sha256(MODEL));
        assertThat(Files.readAllBytes(home.resolve(".crmkit/models/qwen2.5-0.5b-instruct-q8_0.gguf")))
                .isEqualTo(MODEL);
        assertThat(available.out())
                .contains("qwen2.5-1.5b-instruct")
                .contains("llama-3.2-1b-instruct")
                .contains("gemma-3-1b-it")
                .contains("hf:Qwen/Qwen2.5-1.5B-Instruct-GGUF/qwen2.5-1.5b-instruct-q4_k_m.gguf");
        assertThat(available.out().lines().filter(line -> line.startsWith("qwen2.5-0.5b-instruct")))
                .singleElement()
                .asString()
                .contains("true");
    }

    @Test
    void should_let_chat_find_a_pulled_model_by_its_built_in_name_and_say_how_to_pull_a_missing_one() {
        RecommendedModel small = RecommendedModel.find("qwen2.5-0.5b-instruct").orElseThrow();
        hub.host(
                small.reference().owner() + "/" + small.reference().repo() + "/"
                        + small.reference().path(),
                MODEL);
        crm.run("model", "pull", "qwen2.5-0.5b-instruct", "--hub-url", hub.url().toString());

        Result pulled = crm.runWithInput("hi\n", "chat", "--model", "qwen2.5-0.5b-instruct");
        Result missing = crm.runWithInput("hi\n", "chat", "--model", "qwen2.5-1.5b-instruct");

        assertThat(pulled.err()) // found by name: the made-up bytes are then refused as a GGUF file
                .contains("qwen2.5-0.5b-instruct-q8_0.gguf")
                .doesNotContain("not downloaded")
                .doesNotContain("unexpected");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err())
                .isEqualTo("error: the model qwen2.5-1.5b-instruct is not downloaded yet; get it with:"
                        + " crm model pull qwen2.5-1.5b-instruct\n");
    }

    @Test
    void should_name_the_reference_the_hub_does_not_have() {
        Result missing = crm.run(
                "model",
                "pull",
                "hf:acme/Nothing-GGUF/none.gguf",
                "--hub-url",
                hub.url().toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err())
                .contains("error: the hub " + hub.url() + " has no file hf:acme/Nothing-GGUF/none.gguf (HTTP 404)")
                .doesNotContain("Exception");
    }

    @Test
    void should_delete_a_download_that_does_not_match_the_published_checksum() {
        hub.host("acme/Bad-GGUF/bad.gguf", MODEL, "cd".repeat(32));

        Result refused = crm.run(
                "model",
                "pull",
                "hf:acme/Bad-GGUF/bad.gguf",
                "--hub-url",
                hub.url().toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("instead of " + "cd".repeat(32)).contains("it was deleted");
        assertThat(home.resolve(".crmkit/models/bad.gguf")).doesNotExist();
        assertThat(home.resolve(".crmkit/models/bad.gguf" + ModelFiles.PARTIAL_SUFFIX))
                .doesNotExist();
    }

    @Test
    void should_list_the_built_in_names_for_an_unknown_one() {
        Result unknown =
                crm.run("model", "pull", "gpt-5", "--hub-url", hub.url().toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("error: no model named 'gpt-5'; the built-in names are qwen2.5-0.5b");
    }
}
