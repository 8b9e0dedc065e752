package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code crm} commands at once on the same H2 file (a script's commands in the background, a second
 * terminal): H2 lets one process open the file at a time, so the second waits, saying so on stderr, and runs once
 * the first is done, rather than failing with H2's "Database may be already in use … use the server mode".
 */
class DatabaseInUseTest {

    @TempDir
    Path home;

    @Test
    void should_wait_for_another_process_to_close_the_database_then_run() throws Exception {
        String database = "jdbc:h2:file:" + home.resolve("crm");
        Process crm;
        List<String> err = new ArrayList<>();
        // This JVM is the other process: it holds the file open until the command says it waits.
        try (Connection other = DriverManager.getConnection(database, "sa", "")) {
            assertThat(other.isClosed()).isFalse();
            crm = crm("--db", database, "--db-user", "sa", "contacts", "list");
            BufferedReader stderr =
                    new BufferedReader(new InputStreamReader(crm.getErrorStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = stderr.readLine()) != null) {
                err.add(line);
                if (line.contains("in use")) {
                    break;
                }
            }
            assertThat(err)
                    .as("what the command said while the file was open elsewhere")
                    .isNotEmpty();
            assertThat(err.get(err.size() - 1))
                    .isEqualTo("crm: the database is in use by another process; waiting for it to close it");
        }
        boolean exited = crm.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            crm.destroyForcibly().waitFor();
        }

        assertThat(exited).as("the command ends by itself").isTrue();
        assertThat(crm.exitValue()).as(err.toString()).isZero();
        assertThat(Files.readString(home.resolve("out.txt"))).contains("(none)");
    }

    @Test
    void should_say_in_one_line_that_the_database_stays_in_use() throws Exception {
        String database = "jdbc:h2:file:" + home.resolve("crm");
        Process crm;
        try (Connection other = DriverManager.getConnection(database, "sa", "")) {
            assertThat(other.isClosed()).isFalse();
            crm = crm("--db", database, "--db-user", "sa", "contacts", "list");
            crm.waitFor(120, TimeUnit.SECONDS);
        }

        assertThat(crm.exitValue()).isEqualTo(1);
        assertThat(new String(crm.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines())
                .containsExactly(
                        "crm: the database is in use by another process; waiting for it to close it",
                        "error: cannot connect to the database " + database + ": another process still has it"
                                + " open (a crm command that is still running, or an application using the same"
                                + " file); try again once it ends");
    }

    private Process crm(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-cp",
                System.getProperty("java.class.path"),
                CrmCli.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .start();
    }
}
