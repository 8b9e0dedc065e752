package dev.crmkit.agent.llama;

import de.kherud.llama.ModelParameters;
import dev.crmkit.agent.engine.EngineException;
import dev.crmkit.agent.engine.InferenceEngine;
import dev.crmkit.agent.engine.llamacpp.NativeEngine;
import dev.crmkit.agent.engine.llamacpp.NativeLibraries;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks and loads the {@link InferenceEngine} for a {@link LlamaCppChatModel}. */
final class EngineLoader {

    private static final Logger log = LoggerFactory.getLogger(EngineLoader.class);
    private static boolean fallbackLogged;

    private EngineLoader() {}

    /**
     * @param settings what the builder was given
     * @return the engine to use for {@code choice}: AUTO becomes CRMKIT where crmkit's libraries load
     */
    static LlamaCppEngine resolve(LlamaCppEngine choice) {
        if (choice != LlamaCppEngine.AUTO) {
            return choice;
        }
        Optional<String> unavailable = NativeLibraries.unavailableReason();
        if (unavailable.isEmpty()) {
            return LlamaCppEngine.CRMKIT;
        }
        synchronized (EngineLoader.class) {
            if (!fallbackLogged) {
                fallbackLogged = true;
                log.info("using java-llama.cpp, the portable engine: {}", unavailable.get());
            }
        }
        return LlamaCppEngine.JAVA_LLAMA_CPP;
    }

    /**
     * Starts loading crmkit's libraries on a daemon thread when {@code requested} may use them, so their
     * {@code dlopen} and ggml's probe of its CPU variants (~0.1 s of CPU) overlap the Java checks of the model file;
     * {@link #choose} and {@link #load} then wait for it (the libraries load once per process).
     *
     * @param requested the builder's choice, or null for the system property's
     */
    static void preloadLibraries(@Nullable LlamaCppEngine requested) {
        LlamaCppEngine choice = requested != null ? requested : LlamaCppEngine.fromSystemProperty();
        if (choice != LlamaCppEngine.JAVA_LLAMA_CPP && NativeLibraries.bundled()) {
            Thread thread = new Thread(NativeLibraries::unavailableReason, "crmkit-llama-libraries");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * @param requested the builder's choice, or null for the system property's
     * @return the engine to load, once it is known to run {@code architecture}
     * @throws UnsupportedArchitectureException when it cannot
     */
    static LlamaCppEngine choose(@Nullable LlamaCppEngine requested, String architecture, Path file) {
        LlamaCppEngine choice = resolve(requested != null ? requested : LlamaCppEngine.fromSystemProperty());
        if (choice == LlamaCppEngine.JAVA_LLAMA_CPP) {
            ModelArchitectures.requireSupported(architecture, file);
        } else {
            ModelArchitectures.requireGenerative(architecture, file);
        }
        return choice;
    }

    static InferenceEngine load(
            LlamaCppEngine engine,
            Path file,
            int threads,
            int contextSize,
            int allocatedContextSize,
            int gpuLayers,
            boolean nativeLogging,
            @Nullable Path prefixCache) {
        String name = String.valueOf(file.getFileName());
        try {
            if (engine == LlamaCppEngine.CRMKIT) {
                return NativeEngine.load(
                        file, new NativeEngine.Options(threads, contextSize, allocatedContextSize, prefixCache));
            }
            int ggmlThreads = NativeEngine.threadsFor(file, threads);
            ModelParameters parameters = new ModelParameters()
                    .setModel(file.toString())
                    .setThreads(ggmlThreads)
                    .setThreadsBatch(ggmlThreads)
                    .setCtxSize(contextSize)
                    .setParallel(1)
                    .disableContextShift();
            if (gpuLayers > 0) {
                parameters.setGpuLayers(gpuLayers); // even 0 makes a CPU-only build warn on stderr
            }
            if (!nativeLogging) {
                parameters.disableLog();
            }
            return JavaLlamaCppEngine.load(parameters, name);
        } catch (EngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("unknown model architecture")) {
                throw new UnsupportedArchitectureException(file + " has an architecture llama.cpp "
                        + NativeLibraries.LLAMA_CPP_VERSION + " does not know: " + e.getMessage());
            }
            throw new LlamaCppException(e.getMessage(), e);
        }
    }
}
