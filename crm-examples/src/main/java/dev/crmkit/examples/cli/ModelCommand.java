package dev.crmkit.examples.cli;

import dev.crmkit.agent.model.ModelDownload;
import dev.crmkit.agent.model.ModelFiles;
import dev.crmkit.agent.model.ModelHub;
import dev.crmkit.agent.model.RecommendedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crm model pull|list}: GGUF models in the models directory, pulled by a built-in name, a hub
 * reference ({@code hf:<owner>/<repo>/<file>.gguf}, checked against the hub's published SHA-256) or an
 * address with its SHA-256.
 */
@Command(name = "model", description = "Download and list chat models (GGUF files).")
final class ModelCommand extends Subcommand {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    @Command(
            name = "pull",
            description = {
                "Download a model, resuming a broken download, and verify its SHA-256.",
                "The model is a built-in name (crm model list --available shows them: qwen2.5-0.5b-instruct,"
                        + " qwen2.5-1.5b-instruct, llama-3.2-1b-instruct, gemma-3-1b-it), a hub reference"
                        + " hf:<owner>/<repo>/<file>.gguf, or an http(s) address. From the hub, the SHA-256 it"
                        + " publishes for the file is checked unless --sha256 is given; an address needs --sha256."
            })
    int pull(
            @Parameters(
                            paramLabel = "<model>",
                            description = "a built-in name, hf:<owner>/<repo>/<file>.gguf, or an http(s) address")
                    String model,
            @Option(names = "--sha256", paramLabel = "<hex>", description = "the file's SHA-256") @Nullable
                    String sha256,
            @Option(names = "--name", description = "file name in the models directory (default: the file's)") @Nullable
                    String name,
            @Option(
                            names = "--hub-url",
                            paramLabel = "<url>",
                            description = "the model hub (default: $CRM_HUB_URL, else https://huggingface.co)")
                    @Nullable
                    String hubUrl) {
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw new UserException("--sha256 must be 64 hexadecimal digits");
        }
        ModelDownload download = isAddress(model) ? fromAddress(model, sha256) : fromHub(model, sha256, hubUrl);
        if (name != null) {
            download = new ModelDownload(download.uri(), name, download.sha256());
        }
        ProgressBar progress = new ProgressBar(root().err(), download.fileName());
        Path file;
        try {
            file = new ModelFiles(root().modelsDir()).download(download, progress);
        } finally {
            progress.finish(); // so that an error message starts on its own line
        }
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        result.put("name", file.getFileName().toString());
        result.put("path", file.toAbsolutePath().toString());
        result.put("bytes", size(file));
        result.put("sha256", download.sha256());
        root().output().record(result);
        return 0;
    }

    private static boolean isAddress(String model) {
        return model.contains("://");
    }

    private static ModelDownload fromAddress(String model, @Nullable String sha256) {
        URI url;
        try {
            url = new URI(model);
        } catch (URISyntaxException e) {
            throw new UserException("not an address: " + model);
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new UserException("the model's address must start with http:// or https://, not " + url);
        }
        if (sha256 == null) {
            throw new UserException("--sha256 is required with an address; a built-in name or an hf: reference"
                    + " is checked against the hub's checksum instead");
        }
        return new ModelDownload(url, fileName(url), sha256);
    }

    private ModelDownload fromHub(String model, @Nullable String sha256, @Nullable String hubUrl) {
        String hub = hubUrl != null ? hubUrl : root().environment().variables().get("CRM_HUB_URL");
        URI hubAddress;
        try {
            hubAddress = hub == null || hub.isBlank() ? ModelHub.DEFAULT_URL : new URI(hub.strip());
            return new ModelHub(hubAddress).resolve(ModelHub.reference(model), sha256);
        } catch (URISyntaxException e) {
            throw new UserException("--hub-url must be an http:// or https:// address, not " + hub);
        }
    }

    @Command(name = "list", description = "List the models in the models directory, or the built-in ones.")
    int list(
            @Option(
                            names = "--available",
                            description = "list the built-in models that crm model pull <name> downloads")
                    boolean available) {
        if (available) {
            ModelFiles files = new ModelFiles(root().modelsDir());
            List<Map<String, @Nullable Object>> models = RecommendedModel.all().stream()
                    .map(recommended -> {
                        Map<String, @Nullable Object> model = new LinkedHashMap<>();
                        model.put("name", recommended.name());
                        model.put("architecture", recommended.architecture());
                        model.put(
                                "downloaded",
                                files.find(recommended.reference().fileName()).isPresent());
                        model.put("reference", recommended.reference().toString());
                        model.put("note", recommended.note());
                        return model;
                    })
                    .toList();
            root().output().fullList(models, List.of("name", "architecture", "downloaded", "reference", "note"));
            return 0;
        }
        List<Map<String, @Nullable Object>> models = new ModelFiles(root().modelsDir())
                .list().stream()
                        .map(file -> {
                            Map<String, @Nullable Object> model = new LinkedHashMap<>();
                            model.put("name", file.getFileName().toString());
                            model.put("bytes", size(file));
                            model.put("path", file.toAbsolutePath().toString());
                            return model;
                        })
                        .toList();
        root().output().list(models, List.of("name", "bytes", "path"), null, null);
        return 0;
    }

    private static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.isBlank() || last.startsWith(".")) {
            throw new UserException("cannot tell a file name from " + url + "; give one with --name");
        }
        return last;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
