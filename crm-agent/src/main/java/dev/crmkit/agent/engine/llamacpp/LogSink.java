package dev.crmkit.agent.engine.llamacpp;

import com.sun.jna.Pointer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes llama.cpp's and ggml's log to slf4j (logger {@code dev.crmkit.agent.engine.llamacpp.native}) instead
 * of stderr, at debug: what matters reaches the caller in an exception's message, which carries the last
 * error lines ({@link #lastError()}). Lines arrive in pieces
 * and are joined until a newline. Held by {@link NativeLibraries} for the life of the process, so the
 * native side never calls a collected callback.
 */
final class LogSink implements LlamaLibrary.LogCallback {

    private static final Logger log = LoggerFactory.getLogger("dev.crmkit.agent.engine.llamacpp.native");
    private static final int GGML_LOG_LEVEL_ERROR = 4;
    private static final int GGML_LOG_LEVEL_CONT = 5;
    private static final int MAX_ERRORS = 3;

    private final StringBuilder line = new StringBuilder();
    private int level;
    private final java.util.ArrayDeque<String> errors = new java.util.ArrayDeque<>();

    @Override
    public synchronized void invoke(int level, @Nullable String text, @Nullable Pointer userData) {
        if (text == null) {
            return;
        }
        if (level != GGML_LOG_LEVEL_CONT) {
            this.level = level;
        }
        line.append(text);
        if (text.endsWith("\n")) {
            String message = line.toString().strip();
            line.setLength(0);
            if (this.level == GGML_LOG_LEVEL_ERROR) {
                if (errors.size() == MAX_ERRORS) {
                    errors.removeFirst();
                }
                errors.addLast(message);
            }
            log.debug("{}", message);
        }
    }

    /** @return the last error lines llama.cpp logged, oldest first, to put in an exception's message */
    synchronized String lastError() {
        return errors.isEmpty() ? "(llama.cpp logged no error)" : String.join("; ", errors);
    }

    /** Forgets earlier errors, before a call whose failure should be explained by its own. */
    synchronized void clearErrors() {
        errors.clear();
    }
}
