package dev.crmkit.examples.cli;

import dev.crmkit.examples.cli.CrmCli.CliEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run the {@code crm} script records its class-data sharing archive from
 * ({@code -XX:ArchiveClassesAtExit}), once per build of the jar: the everyday commands on a private
 * H2 file, on both adapters, so that the classes they load — the commands, the pool, H2, the JDBC
 * drivers' common path, Flyway for a new database, MyBatis and Hibernate — come
 * from the archive afterwards instead of being read, parsed and verified again by every command.
 * It prints nothing and touches neither the user's database nor their models.
 */
public final class ClassDataTraining {

    /** What the archive is trained on: every subcommand's help, and a round of reads and writes. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("--version"),
            List.of("--help"),
            List.of("contacts", "--help"),
            List.of("pipelines", "--help"),
            List.of("deals", "--help"),
            List.of("tasks", "--help"),
            List.of("contacts", "list"),
            List.of("contacts", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email", "ada@example.com"),
            List.of("contacts", "list", "--total"),
            List.of("--json", "contacts", "list"),
            List.of("contacts", "show", "1"),
            List.of("contacts", "show", "42"),
            List.of("pipelines", "add", "--name", "Sales"),
            List.of("pipelines", "list"),
            List.of("deals", "add", "--title", "Engine", "--amount", "10.00", "--currency", "EUR"),
            List.of("deals", "list"),
            List.of("tasks", "add", "--title", "Call", "--priority", "high"),
            List.of("tasks", "list"),
            List.of("--storage", "jpa", "contacts", "list"),
            List.of("--storage", "jpa", "--json", "deals", "list"));

    private ClassDataTraining() {}

    /**
     * Runs the training commands and exits.
     *
     * @param args none
     * @throws IOException when the temporary home cannot be created or removed
     */
    public static void main(String[] args) throws IOException {
        System.setProperty("logback.configurationFile", "crm-cli-logback.xml");
        Path home = Files.createTempDirectory("crm-cds-training");
        try {
            run(home);
        } finally {
            delete(home);
        }
        System.exit(0);
    }

    /**
     * Runs every training command, silently, on a new H2 file under {@code home}.
     *
     * @param home the user's home for the run
     * @return each command's exit code, in order
     */
    static List<Integer> run(Path home) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        // An H2 file, as the CLI's default database is: the first command migrates it with Flyway,
        // the others find it current, as most real commands do.
        Map<String, String> variables = Map.of("CRM_DB", "jdbc:h2:file:" + home.resolve("crm-training"));
        List<Integer> codes = new ArrayList<>();
        for (List<String> command : COMMANDS) {
            CliEnvironment environment =
                    new CliEnvironment(new BufferedReader(new StringReader("")), variables, home, null);
            codes.add(CrmCli.commandLine(environment, nowhere, nowhere).execute(command.toArray(String[]::new)));
        }
        return codes;
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
