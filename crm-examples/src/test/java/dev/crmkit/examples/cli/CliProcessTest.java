package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm} as its launcher runs it: {@link CrmCli#main} in a JVM of its own, with the CLI's own logging
 * configuration, so what reaches the terminal is what a user sees, and the JVM must exit by itself.
 */
class CliProcessTest {

    @TempDir
    Path home;

    @Test
    void should_print_one_line_and_no_sql_when_the_jpa_adapter_fails_a_write() throws Exception {
        String database = "jdbc:h2:file:" + home.resolve("crm");
        assertThat(crm("--db", database, "contacts", "list").exitCode).isZero();

        Run refused = crm(
                "--storage",
                "jpa",
                "--db",
                database + ";ACCESS_MODE_DATA=r",
                "contacts",
                "add",
                "--first-name",
                "Ada",
                "--last-name",
                "L",
                "--email",
                "a@example.com");

        assertThat(refused.exitCode).as(refused.err).isEqualTo(1);
        assertThat(refused.err.lines())
                .containsExactly("error: the database failed: the database is read-only; nothing was written");
    }

    @Test
    void should_say_in_one_line_that_the_database_directory_cannot_be_made_without_stack_traces() throws Exception {
        Path notADirectory = Files.writeString(home.resolve("home-file"), "");

        Run refused = crm("--db", "jdbc:h2:file:" + notADirectory.resolve("crm"), "contacts", "list");

        assertThat(refused.exitCode).as(refused.err).isEqualTo(1);
        assertThat(refused.err.lines())
                .singleElement()
                .asString()
                .startsWith("error: cannot connect to the database jdbc:h2:file:" + notADirectory.resolve("crm")
                        + ": cannot create its directory " + notADirectory);
    }

    private record Run(int exitCode, String out, String err) {}

    private Run crm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                CrmCli.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile())
                .start();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        assertThat(exited).as("the JVM exits by itself").isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
