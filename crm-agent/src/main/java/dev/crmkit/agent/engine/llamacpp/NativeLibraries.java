package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds crmkit's llama.cpp libraries in the jar, extracts them to a private directory and loads them once
 * per process.
 *
 * <p>The directory is {@code <java.io.tmpdir>/crmkit-<user>/llama-cpp-<version>}, or the value of
 * {@value #DIRECTORY_PROPERTY}; it must be this user's alone ({@link PrivateDirectory}). Files are written to a temporary name and moved into place, so a reader
 * never sees half a library; nothing else in that directory is touched. {@value #CPU_VARIANT_PROPERTY}
 * (for example {@code x64}, the baseline) extracts only that CPU back-end, for machines where the
 * automatic choice misbehaves.
 */
public final class NativeLibraries {

    /** System property: where the libraries are extracted. */
    public static final String DIRECTORY_PROPERTY = "crmkit.llama.native.dir";
    /** System property: the only CPU variant to extract ({@code x64}, {@code sse42}, {@code haswell}...). */
    public static final String CPU_VARIANT_PROPERTY = "crmkit.llama.cpu";
    /** The llama.cpp release the libraries and {@link LlamaLibrary} belong to. */
    public static final String LLAMA_CPP_VERSION = "v0.5.0";

    private static final Logger log = LoggerFactory.getLogger(NativeLibraries.class);
    private static final String RESOURCES = "/dev/crmkit/agent/native/linux-x64/";
    private static final String LLAMA = "libllama.v0.5.0.so";
    private static final String GGML = "libggml.v0.5.0.so";
    private static final String CPU_PREFIX = "libggml-cpu-";
    private static final int RTLD_NOW = 2;

    private static @Nullable Loaded loaded;
    private static @Nullable String failure;

    /** The loaded libraries. */
    record Loaded(LlamaLibrary llama, Path directory, String cpuVariant, LogSink logSink) {}

    private NativeLibraries() {}

    /**
     * @return whether this jar carries the libraries for this operating system and processor
     */
    public static boolean bundled() {
        return isLinuxX64() && NativeLibraries.class.getResource(RESOURCES + "files.txt") != null;
    }

    /**
     * Loads the libraries unless done before.
     *
     * @return why crmkit's engine cannot run here, or empty when it can
     */
    public static Optional<String> unavailableReason() {
        try {
            load();
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** @return the loaded libraries, or why they cannot be used here */
    static synchronized Loaded load() {
        if (loaded != null) {
            return loaded;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        try {
            loaded = loadOnce();
            return loaded;
        } catch (IOException | RuntimeException | LinkageError e) {
            failure = e instanceof IllegalStateException && e.getMessage() != null
                    ? e.getMessage()
                    : "crmkit's llama.cpp libraries cannot be loaded: "
                            + (e instanceof IOException && e.getMessage() != null ? e.getMessage() : e.toString());
            throw new IllegalStateException(failure, e);
        }
    }

    private static Loaded loadOnce() throws IOException {
        if (!bundled()) {
            throw new IllegalStateException("this crm-agent jar has no llama.cpp libraries for "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + " (they are built on linux-x64 with npm present)");
        }
        String only = System.getProperty(CPU_VARIANT_PROPERTY);
        Path directory = directory(only);
        PrivateDirectory.require(directory, trustedAncestor());
        for (String file : files()) {
            boolean cpu = file.startsWith(CPU_PREFIX);
            if (!cpu || only == null || file.equals(CPU_PREFIX + only + ".so")) {
                extract(file, directory);
            }
        }
        if (only != null && !Files.exists(directory.resolve(CPU_PREFIX + only + ".so"))) {
            throw new IllegalStateException(CPU_VARIANT_PROPERTY + "=" + only + " names no CPU variant; the jar has "
                    + files().stream().filter(f -> f.startsWith(CPU_PREFIX)).toList());
        }
        // RTLD_NOW without RTLD_GLOBAL: these ggml symbols must not become visible to libraries loaded later,
        // such as java-llama.cpp's, which carries a ggml of its own (the JVM aborts when it binds to ours)
        Map<String, Object> options = Map.of(
                Library.OPTION_STRING_ENCODING, StandardCharsets.UTF_8.name(), Library.OPTION_OPEN_FLAGS, RTLD_NOW);
        LlamaLibrary llama = Native.load(directory.resolve(LLAMA).toString(), LlamaLibrary.class, options);
        LogSink sink = new LogSink();
        llama.llama_log_set(sink, null);
        GgmlLibrary ggml = Native.load(directory.resolve(GGML).toString(), GgmlLibrary.class, options);
        ggml.ggml_backend_load_all_from_path(directory.toString());
        if (ggml.ggml_backend_reg_count() == 0) {
            throw new IllegalStateException("ggml found no back-end for this CPU in " + directory);
        }
        llama.llama_backend_init();
        String variant = cpuVariant().orElse("unknown");
        log.info("crmkit llama.cpp {} loaded from {}, CPU variant {}", LLAMA_CPP_VERSION, directory, variant);
        log.debug("llama.cpp system info: {}", llama.llama_print_system_info());
        return new Loaded(llama, directory, variant, sink);
    }

    private static Path directory(@Nullable String only) {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        Path base = configured != null
                ? Path.of(configured).toAbsolutePath()
                : Path.of(
                        System.getProperty("java.io.tmpdir"),
                        "crmkit-" + System.getProperty("user.name", "user"),
                        "llama-cpp-" + LLAMA_CPP_VERSION);
        // a directory per forced variant: ggml loads every CPU back-end it finds in the directory
        return only == null ? base : base.resolve("cpu-" + only);
    }

    /** The directory above the extraction directory whose safety is not crmkit's to check. */
    private static Path trustedAncestor() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured == null) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
        Path parent = Path.of(configured).toAbsolutePath().getParent();
        return parent == null ? Path.of(configured).toAbsolutePath() : parent;
    }

    private static List<String> files() throws IOException {
        try (InputStream in = NativeLibraries.class.getResourceAsStream(RESOURCES + "files.txt")) {
            if (in == null) {
                throw new IOException("files.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> line.endsWith(".so"))
                    .toList();
        }
    }

    /** Writes {@code file} unless an identical-size copy is there: files only ever appear whole. */
    private static void extract(String file, Path directory) throws IOException {
        Path target = directory.resolve(file);
        try (InputStream in = NativeLibraries.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IOException(file + " is listed but missing from the jar");
            }
            var connection = NativeLibraries.class.getResource(RESOURCES + file);
            long size = connection == null ? -1 : connection.openConnection().getContentLengthLong();
            if (Files.exists(target) && size >= 0 && Files.size(target) == size) {
                return;
            }
            Path temporary = Files.createTempFile(directory, "crmkit-", ".part");
            try {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** ggml loads the chosen CPU back-end with dlopen; the process's mappings name it. */
    private static Optional<String> cpuVariant() {
        try {
            return Files.readAllLines(Path.of("/proc/self/maps")).stream()
                    .map(line -> line.substring(line.lastIndexOf('/') + 1))
                    .filter(name -> name.startsWith(CPU_PREFIX) && name.endsWith(".so"))
                    .map(name -> name.substring(CPU_PREFIX.length(), name.length() - 3))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isLinuxX64() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }
}
