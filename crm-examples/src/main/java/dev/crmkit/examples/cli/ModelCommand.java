package dev.crmkit.examples.cli;

import dev.crmkit.agent.model.ModelDownload;
import dev.crmkit.agent.model.ModelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code crm model pull|list}: GGUF models in the models directory. */
@Command(name = "model", description = "Download and list chat models (GGUF files).", mixinStandardHelpOptions = true)
final class ModelCommand {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    @ParentCommand
    @Nullable
    CrmCommand root;

    @Command(name = "pull", description = "Download a model, resuming a broken download, and verify its SHA-256.")
    int pull(
            @Parameters(paramLabel = "<url>", description = "http(s) address of a .gguf file") URI url,
            @Option(names = "--sha256", required = true, paramLabel = "<hex>", description = "the file's SHA-256")
                    String sha256,
            @Option(names = "--name", description = "file name in the models directory (default: the URL's)") @Nullable
                    String name) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new UserException("the model's address must start with http:// or https://, not " + url);
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new UserException("--sha256 must be 64 hexadecimal digits");
        }
        String fileName = name != null ? name : fileName(url);
        ProgressBar progress = new ProgressBar(root().err(), fileName);
        Path file;
        try {
            file = new ModelFiles(root().modelsDir()).download(new ModelDownload(url, fileName, sha256), progress);
        } finally {
            progress.finish(); // so that an error message starts on its own line
        }
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        result.put("name", file.getFileName().toString());
        result.put("path", file.toAbsolutePath().toString());
        result.put("bytes", size(file));
        result.put("sha256", sha256.toLowerCase(Locale.ROOT));
        root().output().record(result);
        return 0;
    }

    @Command(name = "list", description = "List the models in the models directory.")
    int list() {
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

    private CrmCommand root() {
        if (root == null) {
            throw new IllegalStateException("picocli injects the parent command");
        }
        return root;
    }
}
