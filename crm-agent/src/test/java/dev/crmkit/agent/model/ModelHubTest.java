package dev.crmkit.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.agent.testing.FakeHub;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulling models by name and by hub reference from a fake hub on loopback; no network. */
class ModelHubTest {

    private static final byte[] MODEL = randomBytes(200_000);
    private static final String REPO_FILE = "acme/Tiny-GGUF/tiny-q8_0.gguf";

    @TempDir
    Path models;

    private final FakeHub hub = FakeHub.start();

    @AfterEach
    void stopHub() {
        hub.close();
    }

    private Path pull(String nameOrReference) {
        ModelDownload download = new ModelHub(hub.url()).resolve(nameOrReference, null);
        return new ModelFiles(models).download(download, DownloadListener.none());
    }

    @Test
    void should_follow_the_redirect_to_the_cdn_and_verify_the_checksum_from_the_linked_etag() throws IOException {
        hub.host(REPO_FILE, MODEL);

        ModelDownload download = new ModelHub(hub.url()).resolve("hf:" + REPO_FILE, null);
        Path file = new ModelFiles(models).download(download, DownloadListener.none());

        assertThat(download.sha256()).isEqualTo(FakeHub.sha256(MODEL));
        assertThat(download.uri()).isEqualTo(URI.create(hub.url() + "/acme/Tiny-GGUF/resolve/main/tiny-q8_0.gguf"));
        assertThat(file).isEqualTo(models.resolve("tiny-q8_0.gguf"));
        assertThat(Files.readAllBytes(file)).isEqualTo(MODEL);
    }

    @Test
    void should_take_the_checksum_from_the_file_listing_when_the_header_is_missing() throws IOException {
        hub.host("acme/Tiny-GGUF/quants/tiny-q4.gguf", MODEL).withoutLinkedEtag();

        Path file = pull("hf:acme/Tiny-GGUF/quants/tiny-q4.gguf");

        assertThat(file.getFileName()).hasToString("tiny-q4.gguf");
        assertThat(Files.readAllBytes(file)).isEqualTo(MODEL);
    }

    @Test
    void should_resume_a_broken_download_with_a_range_request() throws IOException {
        hub.host(REPO_FILE, MODEL).cutNextDownloadAfter(70_000);

        assertThatThrownBy(() -> pull("hf:" + REPO_FILE))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("download again to resume");
        long kept = Files.size(models.resolve("tiny-q8_0.gguf" + ModelFiles.PARTIAL_SUFFIX));
        Path file = pull("hf:" + REPO_FILE);

        assertThat(kept).isPositive().isLessThan(MODEL.length);
        assertThat(hub.ranges()).containsExactly("", "bytes=" + kept + "-");
        assertThat(Files.readAllBytes(file)).isEqualTo(MODEL);
    }

    @Test
    void should_delete_a_download_whose_checksum_differs_from_the_published_one() {
        hub.host(REPO_FILE, MODEL, "ab".repeat(32));

        assertThatThrownBy(() -> pull("hf:" + REPO_FILE))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("has SHA-256 " + FakeHub.sha256(MODEL) + " instead of " + "ab".repeat(32))
                .hasMessageContaining("it was deleted");
        assertThat(models.resolve("tiny-q8_0.gguf")).doesNotExist();
        assertThat(models.resolve("tiny-q8_0.gguf" + ModelFiles.PARTIAL_SUFFIX)).doesNotExist();
    }

    @Test
    void should_name_the_reference_of_a_missing_file() {
        assertThatThrownBy(() -> pull("hf:acme/Tiny-GGUF/missing.gguf"))
                .isInstanceOf(ModelFileException.class)
                .hasMessage("the hub " + hub.url() + " has no file hf:acme/Tiny-GGUF/missing.gguf (HTTP 404);"
                        + " check the owner, repository and file name");
    }

    @Test
    void should_pull_a_recommended_model_by_its_name() throws IOException {
        RecommendedModel qwen = RecommendedModel.find("Qwen2.5-1.5B-Instruct").orElseThrow();
        hub.host(repoPath(qwen.reference()), MODEL);

        Path file = pull("qwen2.5-1.5b-instruct");

        assertThat(file.getFileName()).hasToString("qwen2.5-1.5b-instruct-q4_k_m.gguf");
        assertThat(Files.readAllBytes(file)).isEqualTo(MODEL);
    }

    @Test
    void should_use_a_checksum_the_caller_gives_instead_of_the_published_one() {
        hub.host(REPO_FILE, MODEL, "ab".repeat(32));

        ModelDownload download = new ModelHub(hub.url()).resolve("hf:" + REPO_FILE, FakeHub.sha256(MODEL));

        assertThat(new ModelFiles(models).download(download, DownloadListener.none()))
                .exists();
    }

    @Test
    void should_refuse_an_unknown_name_listing_the_known_ones_and_a_malformed_reference() {
        assertThatThrownBy(() -> ModelHub.reference("gpt-5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no model named 'gpt-5'")
                .hasMessageContaining(
                        "qwen2.5-0.5b-instruct, qwen2.5-1.5b-instruct, llama-3.2-1b-instruct, gemma-3-1b-it");
        assertThatThrownBy(() -> ModelHub.reference("hf:acme/model.gguf"))
                .hasMessageContaining("hf:<owner>/<repo>/<file>.gguf");
        assertThatThrownBy(() -> ModelHub.reference("hf:acme/repo/../../etc/passwd.gguf"))
                .hasMessageContaining("not a file path");
        assertThatThrownBy(() -> ModelHub.reference("hf:acme/repo/readme.md")).hasMessageContaining(".gguf");
    }

    @Test
    void should_recommend_only_architectures_the_bundled_engine_loads() {
        assertThat(RecommendedModel.all())
                .extracting(RecommendedModel::architecture)
                .allMatch(architecture ->
                        architecture.equals("qwen2") || architecture.equals("llama") || architecture.equals("gemma3"));
        assertThat(RecommendedModel.defaultModel().name()).isEqualTo(RecommendedModel.DEFAULT_NAME);
    }

    private static String repoPath(HubReference reference) {
        return reference.owner() + "/" + reference.repo() + "/" + reference.path();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(13).nextBytes(bytes);
        return bytes;
    }
}
