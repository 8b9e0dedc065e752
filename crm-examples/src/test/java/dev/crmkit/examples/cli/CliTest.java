package dev.crmkit.examples.cli;

import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a test of {@code crm} commands starts from: a home directory of its own ({@code home}) and
 * {@code crm}, a {@link CliRunner} over an H2 file database in it, made before each test (before a
 * subclass's own {@code @BeforeEach}, which may use it). A test of the chat gives its model by
 * overriding {@link #chatModel()}; one that needs another database overrides {@link #database()}.
 */
abstract class CliTest {

    @TempDir
    Path home;

    CliRunner crm;

    @BeforeEach
    final void runner() {
        crm = new CliRunner(home, database(), chatModel());
    }

    /** {@return the JDBC URL every command gets as {@code CRM_DB}: an H2 file under {@code home}} */
    String database() {
        return "jdbc:h2:file:" + home.resolve("crm");
    }

    /** {@return the model {@code crm chat} talks to instead of a GGUF file; none unless overridden} */
    @Nullable
    ChatModel chatModel() {
        return null;
    }
}
