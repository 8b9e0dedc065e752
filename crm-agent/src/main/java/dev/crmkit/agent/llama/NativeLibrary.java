package dev.crmkit.agent.llama;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the JVM for de.kherud:llama before its classes load.
 *
 * <p>On first load the binding deletes every entry named {@code llama*} or {@code jllama*} in its
 * temporary directory, which defaults to {@code java.io.tmpdir}: a host's own files there could go.
 * Unless the host has set {@value #TMPDIR_PROPERTY} itself, crmkit points it at a directory of its own,
 * {@code <java.io.tmpdir>/crmkit-llama-<user>}, where the native library is extracted.
 */
final class NativeLibrary {

    static final String TMPDIR_PROPERTY = "de.kherud.llama.tmpdir";
    private static final Logger log = LoggerFactory.getLogger(NativeLibrary.class);

    private NativeLibrary() {
    }

    static synchronized void prepare() {
        String configured = System.getProperty(TMPDIR_PROPERTY);
        Path directory = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "crmkit-llama-" + System.getProperty("user.name", "user"));
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory + " for the llama.cpp native library; set "
                    + TMPDIR_PROPERTY + " to a writable directory", e);
        }
        if (configured == null) {
            System.setProperty(TMPDIR_PROPERTY, directory.toString());
            log.debug("llama.cpp native library goes to {}", directory);
        }
    }
}
