package dev.crmkit.agent.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a model's short name ({@link RecommendedModel}) or a {@link HubReference} into a
 * {@link ModelDownload} from a Hugging Face-style hub, with the SHA-256 the hub publishes for the file
 * when the caller gives none.
 *
 * <p>The published checksum is the file's Git LFS object id: the {@code X-Linked-ETag} header of a
 * {@code HEAD} on {@code /<owner>/<repo>/resolve/main/<file>} (which the hub answers with a redirect
 * to its CDN, not followed here), else the {@code lfs.oid} of the file in
 * {@code /api/models/<owner>/<repo>/tree/main}. The download itself follows the redirect.
 *
 * <p>The hub's address is configurable (a mirror, or a fake one in tests); {@link #DEFAULT_URL}
 * otherwise. Thread-safe.
 */
public final class ModelHub {

    /** The public Hugging Face hub. */
    public static final URI DEFAULT_URL = URI.create("https://huggingface.co");

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient http;

    /**
     * @param baseUrl the hub, e.g. {@link #DEFAULT_URL}
     * @throws IllegalArgumentException unless it is an http(s) address
     */
    public ModelHub(URI baseUrl) {
        this(
                baseUrl,
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(TIMEOUT)
                        .build());
    }

    /**
     * @param baseUrl the hub
     * @param http    the client for the hub's metadata; it must not follow redirects, or the checksum
     *                header of the first answer is lost
     */
    public ModelHub(URI baseUrl, HttpClient http) {
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the hub's address must start with http:// or https://, not " + baseUrl);
        }
        String url = baseUrl.toString();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.http = http;
    }

    /**
     * @param nameOrReference a {@link RecommendedModel}'s name or {@code hf:<owner>/<repo>/<file>.gguf}
     * @param sha256          the checksum to insist on, or {@code null} to use the one the hub publishes
     * @return what to download
     * @throws IllegalArgumentException when it is neither a known name nor a well-formed reference
     * @throws ModelFileException       when the hub has no such file, cannot be reached, or publishes
     *                                  no checksum for it (then give one)
     */
    public ModelDownload resolve(String nameOrReference, @Nullable String sha256) {
        return resolve(reference(nameOrReference), sha256);
    }

    /**
     * @param nameOrReference a {@link RecommendedModel}'s name or {@code hf:<owner>/<repo>/<file>.gguf}
     * @return the reference
     * @throws IllegalArgumentException when it is neither, naming the known models
     */
    public static HubReference reference(String nameOrReference) {
        if (HubReference.isReference(nameOrReference)) {
            return HubReference.parse(nameOrReference);
        }
        return RecommendedModel.find(nameOrReference)
                .map(RecommendedModel::reference)
                .orElseThrow(() -> new IllegalArgumentException("no model named '" + nameOrReference
                        + "'; the built-in names are "
                        + String.join(
                                ", ",
                                RecommendedModel.all().stream()
                                        .map(RecommendedModel::name)
                                        .toList())
                        + ", or give a hub reference hf:<owner>/<repo>/<file>.gguf"));
    }

    /**
     * @param reference the file on the hub
     * @param sha256    the checksum to insist on, or {@code null} to use the one the hub publishes
     * @return what to download
     * @throws ModelFileException when the hub has no such file, cannot be reached, or publishes no checksum
     */
    public ModelDownload resolve(HubReference reference, @Nullable String sha256) {
        URI file = fileUrl(reference);
        String checksum = sha256 != null ? sha256 : publishedSha256(reference, file);
        return new ModelDownload(file, reference.fileName(), checksum);
    }

    /** @return where the hub serves the file from its {@code main} revision */
    public URI fileUrl(HubReference reference) {
        return URI.create(baseUrl + "/" + reference.owner() + "/" + reference.repo() + "/resolve/main/"
                + encodePath(reference.path()));
    }

    private String publishedSha256(HubReference reference, URI file) {
        HttpResponse<Void> head = send(
                reference,
                HttpRequest.newBuilder(file).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding());
        refuseMissing(reference, head.statusCode());
        Optional<String> linked = head.headers().firstValue("X-Linked-ETag").map(ModelHub::etag);
        if (linked.isPresent() && SHA256.matcher(linked.get()).matches()) {
            return linked.get();
        }
        return fromTree(reference)
                .orElseThrow(() -> new ModelFileException("the hub " + baseUrl + " publishes no SHA-256 for "
                        + reference + "; give the file's checksum with --sha256"));
    }

    private Optional<String> fromTree(HubReference reference) {
        String folder = reference.folder().isEmpty() ? "" : "/" + encodePath(reference.folder());
        URI tree = URI.create(
                baseUrl + "/api/models/" + reference.owner() + "/" + reference.repo() + "/tree/main" + folder);
        HttpResponse<String> response =
                send(reference, HttpRequest.newBuilder(tree).GET(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        try {
            for (JsonNode entry : JSON.readTree(response.body())) {
                if (reference.path().equals(entry.path("path").asText())) {
                    String oid = entry.path("lfs").path("oid").asText("").toLowerCase(Locale.ROOT);
                    oid = oid.startsWith("sha256:") ? oid.substring("sha256:".length()) : oid;
                    return SHA256.matcher(oid).matches() ? Optional.of(oid) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // not the listing we know: no checksum from it
        }
    }

    private void refuseMissing(HubReference reference, int status) {
        if (status == 404 || status == 401 || status == 403) {
            throw new ModelFileException("the hub " + baseUrl + " has no file " + reference + " (HTTP " + status
                    + (status == 404 ? "" : ": the repository does not exist, or is private or gated")
                    + "); check the owner, repository and file name");
        }
        if (status >= 400) {
            throw new ModelFileException(
                    "the hub " + baseUrl + " answered HTTP " + status + " for " + reference + "; try again later");
        }
    }

    private <T> HttpResponse<T> send(
            HubReference reference, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), body);
        } catch (IOException e) {
            throw new ModelFileException(
                    "cannot reach the hub " + baseUrl + " to look up " + reference + ": "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelFileException("interrupted while looking up " + reference, e);
        }
    }

    /** {@code "abc"} and {@code W/"abc"} → {@code abc}. */
    private static String etag(String header) {
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        return value.replace("\"", "").toLowerCase(Locale.ROOT);
    }

    private static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!encoded.isEmpty()) {
                encoded.append('/');
            }
            encoded.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }
}
