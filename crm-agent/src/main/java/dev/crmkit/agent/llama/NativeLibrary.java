package dev.crmkit.agent.llama;

import dev.crmkit.agent.engine.llamacpp.PrivateDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the JVM for de.kherud:llama before its classes load.
 *
 * <p>On first load the binding deletes every entry named {@code llama*} or {@code jllama*} in its
 * temporary directory, which defaults to {@code java.io.tmpdir}: a host's own files there could go.
 * Unless the host has set {@value #TMPDIR_PROPERTY} itself, crmkit points it at a directory of its own,
 * {@code <java.io.tmpdir>/crmkit-llama-<user>}, where the native library is extracted; that directory must be
 * this user's alone ({@link PrivateDirectory}).
 */
final class NativeLibrary {

    static final String TMPDIR_PROPERTY = "de.kherud.llama.tmpdir";
    static final String LIB_PATH_PROPERTY = "de.kherud.llama.lib.path";
    private static final Logger log = LoggerFactory.getLogger(NativeLibrary.class);

    private NativeLibrary() {}

    static synchronized void prepare() {
        String configured = System.getProperty(TMPDIR_PROPERTY);
        Path directory = configured != null
                ? Path.of(configured)
                : Path.of(
                        System.getProperty("java.io.tmpdir"),
                        "crmkit-llama-" + System.getProperty("user.name", "user"));
        if (configured == null) {
            try {
                PrivateDirectory.require(directory, Path.of(System.getProperty("java.io.tmpdir")));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot use " + directory + " for the llama.cpp native library (" + e.getMessage() + "); set "
                                + TMPDIR_PROPERTY + " to a directory only you can write",
                        e);
            }
        } else {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot create " + directory + " for the llama.cpp native library; set " + TMPDIR_PROPERTY
                                + " to a writable directory",
                        e);
            }
        }
        if (configured == null) {
            System.setProperty(TMPDIR_PROPERTY, directory.toString());
            log.debug("llama.cpp native library goes to {}", directory);
        }
        if (System.getProperty(LIB_PATH_PROPERTY) == null) {
            extractInto(directory);
        }
    }

    private static void extractInto(Path directory) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osFolder = os.startsWith("linux")
                ? "Linux"
                : os.startsWith("mac") ? "Mac" : os.startsWith("windows") ? "Windows" : null;
        String archFolder = arch.equals("amd64") || arch.equals("x86_64")
                ? "x86_64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        if (osFolder == null || archFolder == null || isAndroid()) {
            return; // the binding's own loader knows the rarer platforms
        }
        String library = System.mapLibraryName("jllama");
        String resource = "/de/kherud/llama/" + osFolder + "/" + archFolder + "/" + library;
        try (InputStream in = de.kherud.llama.LlamaModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Path target = directory.resolve(library);
            Path temporary = Files.createTempFile(directory, "crmkit-", ".part");
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            if (!Files.exists(target) || Files.mismatch(temporary, target) != -1) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.delete(temporary);
            }
            System.setProperty(LIB_PATH_PROPERTY, directory.toString());
        } catch (IOException e) {
            log.debug("could not extract {}, leaving it to the binding: {}", resource, e.toString());
        }
    }

    private static boolean isAndroid() {
        return System.getProperty("java.runtime.name", "")
                .toLowerCase(Locale.ROOT)
                .contains("android");
    }
}
