package dev.crmkit.agent.engine.llamacpp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluated prefixes on disk: the KV state of sequence 0 after a prefix, in llama.cpp's sequence state
 * format, under a name derived from the model file's SHA-256, the prefix text and {@link NativeEngine#VERSION}.
 * A changed model, prompt or engine gets a new name, so a stale state is never restored.
 *
 * <p>Hashing a model of hundreds of megabytes takes seconds, so its SHA-256 is remembered beside the states,
 * keyed by path, size and modification time. Files are written under a temporary name and moved into place;
 * an unreadable state is skipped (the prefix is evaluated instead) and logged at debug.
 */
final class PrefixStore {

    private static final Logger log = LoggerFactory.getLogger(PrefixStore.class);

    private final Path directory;
    private final Path model;
    private @Nullable String modelHash;

    PrefixStore(Path directory, Path model) {
        this.directory = directory;
        this.model = model.toAbsolutePath();
    }

    boolean restore(NativeEngine engine, String text, int[] tokens) {
        StepTimer timer = new StepTimer();
        Path file = stateFile(text);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        timer.step("key");
        LlamaLibrary llama = engine.llama();
        engine.cache().clear();
        int[] stored = new int[tokens.length + 1];
        long[] count = new long[1];
        long read = llama.llama_state_seq_load_file(engine.context(), file.toString(), 0, stored, stored.length, count);
        timer.step("load " + read + " bytes");
        if (read == 0 || count[0] != tokens.length || !Arrays.equals(Arrays.copyOf(stored, tokens.length), tokens)) {
            engine.cache().clear();
            log.debug("ignored the saved prefix {}: {}", file, read == 0 ? engine.lastNativeError() : "other tokens");
            return false;
        }
        engine.cache().restored(tokens);
        log.debug("restored a prefix of {} tokens from {}: {}", tokens.length, file, timer);
        return true;
    }

    void save(NativeEngine engine, String text, int[] tokens) {
        Path file = stateFile(text);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "crmkit-", ".part");
            try {
                long written = engine.llama()
                        .llama_state_seq_save_file(engine.context(), temporary.toString(), 0, tokens, tokens.length);
                if (written == 0) {
                    log.debug("llama.cpp did not save the prefix: {}", engine.lastNativeError());
                    return;
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                log.debug("saved a prefix of {} tokens to {}", tokens.length, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            log.debug("could not save the prefix to {}: {}", directory, e.toString());
        }
    }

    /** @return the state file for {@code text}; its name is the key */
    Path stateFile(String text) {
        String key = sha256(List.of(modelHash(), NativeEngine.VERSION, text));
        return directory.resolve(key + ".kv");
    }

    private String modelHash() {
        if (modelHash != null) {
            return modelHash;
        }
        try {
            String stamp = model + "|" + Files.size(model) + "|"
                    + Files.getLastModifiedTime(model).toMillis();
            Path remembered = directory.resolve("models").resolve(sha256(List.of(stamp)) + ".sha256");
            if (Files.isRegularFile(remembered)) {
                modelHash = Files.readString(remembered, StandardCharsets.UTF_8).strip();
                return modelHash;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            try (InputStream in = Files.newInputStream(model)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Files.createDirectories(remembered.getParent());
            Path temporary = Files.createTempFile(remembered.getParent(), "crmkit-", ".part");
            Files.writeString(temporary, hash, StandardCharsets.UTF_8);
            Files.move(temporary, remembered, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            modelHash = hash;
            return hash;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + model + " for the prefix cache: " + e, e);
        }
    }

    private static String sha256(List<String> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
