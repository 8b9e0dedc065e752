package dev.crmkit.examples.cli;

import dev.crmkit.examples.cli.CrmCli.CliEnvironment;
import dev.langchain4j.model.chat.ChatModel;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code crm} commands in-process, as {@link CrmCli#run} does for the real launcher,
 * over a database and a home directory of the test's own, capturing stdout and stderr.
 */
final class CliRunner {

    /** Strict as {@code jq} is: a second document or text after the first fails, as a script's parser would. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Path home;
    private final String database;
    private final @Nullable ChatModel chatModel;

    /**
     * @param home the user's home for the run (models live under it)
     * @param database the JDBC URL given to every command as {@code CRM_DB}
     */
    CliRunner(Path home, String database) {
        this(home, database, null);
    }

    /** @param chatModel the model {@code crm chat} talks to instead of a GGUF file */
    CliRunner(Path home, String database, @Nullable ChatModel chatModel) {
        this.home = home;
        this.database = database;
        this.chatModel = chatModel;
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    /** Adds a contact with {@code contacts add} and returns its id. */
    long addContact(String firstName, String lastName, String email) {
        Result added =
                run("--json", "contacts", "add", "--first-name", firstName, "--last-name", lastName, "--email", email);
        if (added.exitCode() != 0) {
            throw new AssertionError("could not add the contact: " + added);
        }
        return added.id();
    }

    /** Runs with {@code input} as what the user types (the chat, confirmations). */
    Result runWithInput(String input, String... args) {
        StringWriter out = new StringWriter();
        Result result = run(input, out, args);
        return new Result(result.exitCode(), out.toString(), result.err());
    }

    /**
     * Runs with stdout going to {@code out}, as the launcher's goes to a terminal, a pipe or a file that may fail
     * to take it; the result's {@code out} is empty.
     */
    Result runWritingTo(Writer out, String... args) {
        return run("", out, args);
    }

    private Result run(String input, Writer out, String... args) {
        StringWriter err = new StringWriter();
        CliEnvironment environment = new CliEnvironment(
                new BufferedReader(new StringReader(input)), Map.of("CRM_DB", database), home, chatModel);
        // As the launcher does: only the subcommands the arguments name are registered.
        int code = CrmCli.run(environment, out, new PrintWriter(err, true), args);
        return new Result(code, "", err.toString());
    }

    /** What a command did: its exit code and what it printed. */
    record Result(int exitCode, String out, String err) {

        /** {@return stdout as the one JSON document it must be under {@code --json}} */
        JsonNode json() {
            return JSON.readTree(out);
        }

        long id() {
            return json().path("id").asLong();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
