package dev.crmkit.agent.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A model hub on loopback that behaves like Hugging Face's for what crmkit uses: {@code HEAD} and
 * {@code GET} on {@code /<owner>/<repo>/resolve/main/<file>} redirect (302) to a CDN address, with the
 * file's SHA-256 in {@code X-Linked-ETag}; the CDN honours {@code Range}; {@code /api/models/<owner>/
 * <repo>/tree/main} lists the files with their {@code lfs.oid}. Unknown files answer 404.
 */
public final class FakeHub implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Hosted> files = new ConcurrentHashMap<>();
    private final List<String> ranges = new ArrayList<>();
    private final AtomicInteger cutAfter = new AtomicInteger(-1);
    private volatile boolean linkedEtag = true;

    private record Hosted(String path, byte[] content, String published) {}

    private FakeHub(HttpServer server) {
        this.server = server;
    }

    /** @return a started hub on a free loopback port */
    public static FakeHub start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeHub hub = new FakeHub(http);
            http.createContext("/", hub::handle);
            http.start();
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the hub's base URL */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Hosts a file, publishing its real SHA-256.
     *
     * @param repoPath {@code <owner>/<repo>/<path>}
     * @param content  the file
     * @return this hub
     */
    public FakeHub host(String repoPath, byte[] content) {
        return host(repoPath, content, sha256(content));
    }

    /**
     * Hosts a file under a published SHA-256 that may be wrong (a corrupted mirror).
     *
     * @param repoPath  {@code <owner>/<repo>/<path>}
     * @param content   the file
     * @param published the checksum the hub claims
     * @return this hub
     */
    public FakeHub host(String repoPath, byte[] content, String published) {
        files.put(repoPath, new Hosted(repoPath, content, published));
        return this;
    }

    /** Leaves {@code X-Linked-ETag} out, so the checksum must come from the API's file listing. */
    public FakeHub withoutLinkedEtag() {
        linkedEtag = false;
        return this;
    }

    /** The next download breaks off after {@code bytes} bytes, as a dropped connection would. */
    public FakeHub cutNextDownloadAfter(int bytes) {
        cutAfter.set(bytes);
        return this;
    }

    /** @return the {@code Range} headers of the CDN downloads, in order ({@code ""} for none) */
    public synchronized List<String> ranges() {
        return List.copyOf(ranges);
    }

    /** @return the SHA-256 of {@code bytes} as hex */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/cdn/")) {
                cdn(exchange, files.get(path.substring("/cdn/".length())));
            } else if (path.startsWith("/api/models/")) {
                tree(exchange, path.substring("/api/models/".length()));
            } else if (path.contains("/resolve/main/")) {
                String repoPath = path.substring(1).replace("/resolve/main/", "/");
                Hosted file = files.get(repoPath);
                if (file == null) {
                    send(exchange, 404, "Entry not found");
                    return;
                }
                if (linkedEtag) {
                    exchange.getResponseHeaders().set("X-Linked-ETag", "\"" + file.published() + "\"");
                    exchange.getResponseHeaders().set("X-Linked-Size", String.valueOf(file.content().length));
                }
                exchange.getResponseHeaders().set("Location", url() + "/cdn/" + repoPath);
                exchange.sendResponseHeaders(302, -1);
            } else {
                send(exchange, 404, "Not found");
            }
        }
    }

    private void cdn(HttpExchange exchange, @Nullable Hosted file) throws IOException {
        if (file == null) {
            send(exchange, 404, "Not found");
            return;
        }
        String range = exchange.getRequestHeaders().getFirst("Range");
        synchronized (this) {
            ranges.add(range == null ? "" : range);
        }
        byte[] content = file.content();
        int from = range == null ? 0 : Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
        if (from > 0) {
            exchange.getResponseHeaders()
                    .set("Content-Range", "bytes " + from + "-" + (content.length - 1) + "/" + content.length);
        }
        int cut = cutAfter.getAndSet(-1);
        int length = content.length - from;
        exchange.sendResponseHeaders(from > 0 ? 206 : 200, length);
        OutputStream body = exchange.getResponseBody();
        if (cut >= 0 && cut < length) {
            body.write(content, from, cut);
            body.flush();
            throw new IOException("cut off after " + cut + " bytes, as asked");
        }
        body.write(content, from, length);
    }

    private void tree(HttpExchange exchange, String rest) throws IOException {
        // <owner>/<repo>/tree/main[/<folder>]
        String[] parts = rest.split("/tree/main/?", 2);
        String repo = parts[0];
        String folder = parts.length > 1 ? parts[1] : "";
        StringBuilder json = new StringBuilder("[");
        for (Hosted file : files.values()) {
            String inRepo = file.path().startsWith(repo + "/") ? file.path().substring(repo.length() + 1) : null;
            if (inRepo == null || !(folder.isEmpty() ? !inRepo.contains("/") : inRepo.startsWith(folder + "/"))) {
                continue;
            }
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"type\":\"file\",\"oid\":\"0123\",\"size\":")
                    .append(file.content().length)
                    .append(",\"path\":\"")
                    .append(inRepo)
                    .append("\",\"lfs\":{\"oid\":\"")
                    .append(file.published())
                    .append("\",\"size\":")
                    .append(file.content().length)
                    .append(",\"pointerSize\":135}}");
        }
        send(exchange, 200, json.append(']').toString());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
