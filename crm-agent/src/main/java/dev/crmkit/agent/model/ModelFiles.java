package dev.crmkit.agent.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds model files in a models directory and downloads them there.
 *
 * <p>Downloads resume: bytes arrive in {@code <fileName>.crmkit-partial} beside the target, and a
 * later {@link #download} of the same file asks the server only for the rest (HTTP {@code Range}).
 * The file appears under its real name only when complete and its SHA-256 matches, by an atomic move;
 * a checksum mismatch deletes the partial file. So the real name never holds half a file. Only the
 * JDK's {@link HttpClient} is used.
 *
 * <p>A transfer during which no byte arrives for {@link #STALL_TIMEOUT} fails like a broken one (the
 * partial file is kept), so a dead connection never hangs the caller.
 *
 * <p>Thread-safe for different files; two concurrent downloads of the same file are not coordinated.
 */
public final class ModelFiles {

    /** Suffix of a download in progress; such a file is resumed by the next download of that name. */
    public static final String PARTIAL_SUFFIX = ".crmkit-partial";

    private static final Logger log = LoggerFactory.getLogger(ModelFiles.class);
    private static final int BUFFER = 1 << 16;
    /** How long a transfer may receive nothing before it is abandoned. */
    public static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final HttpClient http;

    /**
     * @param directory where models live; created on the first download
     */
    public ModelFiles(Path directory) {
        this(
                directory,
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(30))
                        .build());
    }

    /**
     * @param directory where models live; created on the first download
     * @param http      the client to download with (proxies, TLS, timeouts are the host's choice)
     */
    public ModelFiles(Path directory, HttpClient http) {
        this.directory = directory;
        this.http = http;
    }

    /** @return the models directory */
    public Path directory() {
        return directory;
    }

    /**
     * @param nameOrPath an existing file's path, or a model's name in the directory, with or without {@code .gguf}
     * @return the model file
     * @throws ModelFileException when there is no such file, listing the models that are there
     */
    public Path resolve(String nameOrPath) {
        return find(nameOrPath)
                .orElseThrow(() -> new ModelFileException("no model '" + nameOrPath + "': it is not a " + "file, and "
                        + directory.toAbsolutePath() + " holds " + names() + "; give a path or download it"));
    }

    /**
     * @param nameOrPath an existing file's path, or a model's name in the directory, with or without {@code .gguf}
     * @return the model file, if it exists
     */
    public Optional<Path> find(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            return Optional.of(path);
        }
        for (String candidate : List.of(nameOrPath, nameOrPath + ".gguf")) {
            Path inDirectory = directory.resolve(candidate);
            if (Files.isRegularFile(inDirectory) && inDirectory.normalize().startsWith(directory.normalize())) {
                return Optional.of(inDirectory);
            }
        }
        return Optional.empty();
    }

    /** @return the {@code .gguf} files in the directory, sorted by name */
    public List<Path> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".gguf"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private List<String> names() {
        return list().stream().map(file -> file.getFileName().toString()).toList();
    }

    /**
     * Downloads a model unless it is already there with the right checksum.
     *
     * @param download what to fetch
     * @param listener told of progress
     * @return the verified file in the models directory
     * @throws ModelFileException when the transfer fails (the partial file is kept, so calling again
     *                            resumes), the checksum does not match (nothing is kept), or a file of that
     *                            name with another checksum is already there
     */
    public Path download(ModelDownload download, DownloadListener listener) {
        Path target = directory.resolve(download.fileName());
        Path partial = directory.resolve(download.fileName() + PARTIAL_SUFFIX);
        try {
            Files.createDirectories(directory);
            if (Files.isRegularFile(target)) {
                if (sha256(target).equals(download.sha256())) {
                    return target;
                }
                throw new ModelFileException(target + " exists with another SHA-256 than " + download.sha256()
                        + "; delete it to download again");
            }
            transfer(download, partial, listener);
            String actual = sha256(partial);
            if (!actual.equals(download.sha256())) {
                Files.deleteIfExists(partial);
                throw new ModelFileException("the download of " + download.uri() + " has SHA-256 " + actual
                        + " instead of " + download.sha256() + "; it was deleted. Check the address and checksum");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            log.info("downloaded {} ({} bytes) from {}", target.getFileName(), Files.size(target), download.uri());
            return target;
        } catch (IOException e) {
            throw new ModelFileException(
                    "the download of " + download.uri() + " stopped: " + reason(e) + "; " + kept(partial), e);
        }
    }

    /** Why a transfer failed; a refused connection carries no message of its own. */
    private static String reason(IOException e) {
        if (e instanceof ConnectException) {
            return "cannot connect to " + (e.getMessage() == null ? "the server (connection refused)" : e.getMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** What is left to resume from: an empty partial file is none, and goes. */
    private static String kept(Path partial) {
        try {
            if (Files.isRegularFile(partial) && Files.size(partial) > 0) {
                return "what arrived is kept in " + partial.getFileName() + ", download again to resume";
            }
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            log.debug("could not look at {}", partial, e);
        }
        return "nothing arrived; check the address and download again";
    }

    private void transfer(ModelDownload download, Path partial, DownloadListener listener) throws IOException {
        long offset = Files.isRegularFile(partial) ? Files.size(partial) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(download.uri()).GET();
        if (offset > 0) {
            request.header("Range", "bytes=" + offset + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        InputStream stream = response.body();
        StallWatch watch = new StallWatch(stream, STALL_TIMEOUT);
        try (InputStream body = stream;
                watch) {
            int status = response.statusCode();
            if (status == 416 && offset > 0) {
                Files.delete(partial); // the partial file is not a prefix the server knows: start over
                transfer(download, partial, listener);
                return;
            }
            if (status != 200 && status != 206) {
                throw new ModelFileException("the server answered HTTP " + status + " for " + download.uri());
            }
            boolean resumed = status == 206;
            if (resumed && contentRangeStart(response) != offset) {
                throw new ModelFileException("the server resumed " + download.uri() + " at the wrong offset");
            }
            long done = resumed ? offset : 0;
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            OptionalLong total = length.isPresent() ? OptionalLong.of(done + length.getAsLong()) : OptionalLong.empty();
            try (OutputStream out = Files.newOutputStream(
                    partial,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                listener.progress(done, total);
                byte[] buffer = new byte[BUFFER];
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    watch.progressed();
                    done += read;
                    listener.progress(done, total);
                }
            }
            if (watch.stalled()) {
                throw new IOException("no data arrived for " + STALL_TIMEOUT.toSeconds() + " s");
            }
            if (total.isPresent() && done != total.getAsLong()) {
                throw new IOException("the connection closed after " + done + " of " + total.getAsLong() + " bytes");
            }
        }
    }

    /** Closes a response body on which nothing has arrived for too long, which ends the blocked read. */
    private static final class StallWatch implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "crmkit-download-watch");
            thread.setDaemon(true);
            return thread;
        });
        private volatile long lastProgress = System.nanoTime();
        private volatile boolean stalled;

        StallWatch(InputStream body, Duration timeout) {
            long period = Math.max(1, timeout.toMillis() / 4);
            timer.scheduleAtFixedRate(
                    () -> {
                        if (System.nanoTime() - lastProgress > timeout.toNanos()) {
                            stalled = true;
                            try {
                                body.close();
                            } catch (IOException ignored) {
                                // The reader sees the closed stream either way.
                            }
                        }
                    },
                    period,
                    period,
                    TimeUnit.MILLISECONDS);
        }

        void progressed() {
            lastProgress = System.nanoTime();
        }

        boolean stalled() {
            return stalled;
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    private static long contentRangeStart(HttpResponse<?> response) {
        // Content-Range: bytes 100-199/200
        return response.headers()
                .firstValue("Content-Range")
                .map(range -> range.replaceFirst("^bytes\\s+", ""))
                .map(range -> range.substring(0, Math.max(0, range.indexOf('-'))))
                .filter(start -> start.matches("\\d+"))
                .map(Long::parseLong)
                .orElse(-1L);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
