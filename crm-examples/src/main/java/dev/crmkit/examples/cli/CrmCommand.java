package dev.crmkit.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.crmkit.core.Crm;
import dev.crmkit.examples.CrmFactory;
import dev.crmkit.examples.JdbcUrls;
import dev.crmkit.examples.StorageKind;
import dev.crmkit.examples.cli.CrmCli.CliEnvironment;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code crm}: the root command, holding the options every subcommand shares and the {@link Crm}
 * they open on first use. The database is {@code --db}, else {@code CRM_DB}, else an H2 file
 * under {@code ~/.crmkit/crm}; its schema is migrated on open. Its subcommands ({@link Subcommands})
 * are registered by {@link CrmCli#commandLine}.
 */
@Command(
        name = "crm",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        version = "crm 0.1.0",
        description = "crmkit from the terminal: contacts, pipelines, deals, tasks, a chat with the assistant, models.",
        // picocli's convention (ExitCode.OK, SOFTWARE, USAGE); README.md says the same.
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the command ran and refused: a rule of the CRM (--amount must not be negative), a record"
                    + " that does not exist, a conflict, a file it cannot read or write; one line on stderr",
            "2:the command line could not be read, so nothing ran: an unknown command or option, a"
                    + " missing one, a value of the wrong type (--amount abc, --priority asap) or not on the"
                    + " option's list (--sort password, --limit 0); one line on stderr"
        })
final class CrmCommand {

    @Option(
            names = "--db",
            scope = ScopeType.INHERIT,
            paramLabel = "<jdbc-url>",
            description = "JDBC URL of the database (default: $CRM_DB, else an H2 file under ~/.crmkit/crm)")
    @Nullable
    String db;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, description = "database user")
    @Nullable
    String dbUser;

    // Not picocli's interactive option: without a console it prompts on stdout, into the output a script captures.
    @Option(
            names = "--db-password",
            scope = ScopeType.INHERIT,
            description = "database password",
            paramLabel = "<dbPassword>",
            arity = "0..1",
            fallbackValue = ASK_PASSWORD)
    @Nullable
    String dbPassword;

    /** {@code --db-password} given without a value: ask for it. No argument can hold a NUL character. */
    static final String ASK_PASSWORD = "\u0000ask";

    private static final String PASSWORD_PROMPT = "Enter value for --db-password (database password): ";

    @Option(
            names = "--storage",
            scope = ScopeType.INHERIT,
            defaultValue = "mybatis",
            completionCandidates = EnumKeys.Storages.class,
            description = "storage adapter: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    // MyBatis by default: a command lives for one operation, and Hibernate's bootstrap would be most of it.
    StorageKind storage = StorageKind.MYBATIS;

    @Option(
            names = "--json",
            scope = ScopeType.INHERIT,
            description = "print one JSON document instead of tables (notes go to stderr)")
    boolean json;

    @Option(
            names = "--models-dir",
            scope = ScopeType.INHERIT,
            paramLabel = "<dir>",
            description = "where models live (default: ~/.crmkit/models)")
    @Nullable
    Path modelsDir;

    @Spec
    @Nullable
    CommandSpec spec;

    /** The CLI's own H2 file under ~/.crmkit; the web app's is {@link WebUsersCommand#WEB_DATABASE}. */
    static final String DEFAULT_DATABASE = "crm";

    /** How long the CLI waits for a connection: a few seconds, for a person at a terminal. */
    static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

    private final CliEnvironment environment;
    private @Nullable HikariDataSource dataSource;
    private @Nullable Crm crm;
    private @Nullable Output output;

    CrmCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    CliEnvironment environment() {
        return environment;
    }

    /** The CRM, opened (and its schema migrated) on first use; closed by {@link #close()}. */
    Crm crm() {
        if (crm == null) {
            crm = CrmFactory.open(dataSource(DEFAULT_DATABASE, null), storage, Clock.systemUTC(), "USD");
        }
        return crm;
    }

    /**
     * A small pool on the database, opened on first use; closed by {@link #close()}.
     *
     * @param defaultDatabase the H2 file under ~/.crmkit used when neither --db nor CRM_DB is given
     * @param defaultUser the user for that file when --db-user is not given (the web app's is {@code sa})
     */
    DataSource dataSource(String defaultDatabase, @Nullable String defaultUser) {
        if (dataSource == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(requireDirectory(requireDriver(jdbcUrl(defaultDatabase))));
            config.setUsername(dbUser != null || !usesDefaultDatabase() ? dbUser : defaultUser);
            config.setPassword(password());
            config.setMaximumPoolSize(2);
            config.setPoolName("crm-cli");
            // A command is one short operation: an unreachable database is said within seconds, not after
            // Hikari's default 30 s; the login timeout Hikari derives from it also bounds the driver's connect.
            config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
            // The first connection is tried as the pool starts, and its failure thrown with the driver's own reason
            // (after one attempt and Hikari's 1 s pause; zero would try once and then start the pool regardless).
            config.setInitializationFailTimeout(1);
            dataSource = CliPool.open(config, CONNECTION_TIMEOUT, err());
        }
        return dataSource;
    }

    /**
     * {@code url}, when a driver in the jar takes it; else which setting to fix, rather than the pool's "Failed to
     * get driver instance" as an unexpected error.
     */
    private String requireDriver(String url) {
        try {
            DriverManager.getDriver(url);
            return url;
        } catch (SQLException e) {
            String setting = db != null && !db.isBlank() ? "--db" : "CRM_DB";
            throw new UserException(setting + " must be a JDBC URL of an H2, PostgreSQL or MariaDB database, such as"
                    + " jdbc:postgresql://localhost:5432/crm, not '" + JdbcUrls.withoutPassword(url) + "'");
        }
    }

    /**
     * {@code --db-password}'s value, asked for when it was given without one: on the console without echo, else
     * with the prompt on stderr and the answer read from stdin, so that stdout carries only the command's output.
     */
    private @Nullable String password() {
        if (!ASK_PASSWORD.equals(dbPassword)) {
            return dbPassword;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword(PASSWORD_PROMPT);
            return typed == null ? "" : new String(typed);
        }
        err().print(PASSWORD_PROMPT);
        err().flush();
        try {
            String line = environment.in().readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code url}, once the directory of its H2 file exists. H2 would create it, but when it cannot (a file in the
     * way, no permission) it prints its trace file's failure to stderr as stack traces before the connection fails.
     */
    private static String requireDirectory(String url) {
        if (!url.startsWith(H2)) {
            return url;
        }
        String file = url.substring(H2.length()).split(";", 2)[0];
        if (file.startsWith(FILE)) {
            file = file.substring(FILE.length());
        } else if (file.matches("[A-Za-z][A-Za-z0-9]+:.*")) {
            return url; // mem:, tcp:, zip: and H2's other protocols; a one-letter prefix is a Windows drive
        }
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        Path directory = Path.of(file).toAbsolutePath().getParent();
        if (directory != null) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                String why = e instanceof FileAlreadyExistsException in
                        ? in.getFile() + " is a file"
                        : UserErrors.message(e);
                throw new UserException("cannot connect to the database " + JdbcUrls.withoutPassword(url)
                        + ": cannot create its directory " + directory + " (" + why + ")");
            }
        }
        return url;
    }

    /** An H2 URL names a file with {@code file:} or with a bare path ({@code jdbc:h2:./crm}, {@code jdbc:h2:~/crm}). */
    private static final String H2 = "jdbc:h2:";

    private static final String FILE = "file:";

    /** Runs {@code action} with the CRM open, closing it afterwards. */
    int withCrm(CrmAction action) {
        try {
            action.run(crm());
            return 0;
        } finally {
            close();
        }
    }

    String jdbcUrl() {
        return jdbcUrl(DEFAULT_DATABASE);
    }

    private boolean usesDefaultDatabase() {
        String fromEnvironment = environment.variables().get("CRM_DB");
        return (db == null || db.isBlank()) && (fromEnvironment == null || fromEnvironment.isBlank());
    }

    private String jdbcUrl(String defaultDatabase) {
        if (db != null) {
            if (db.isBlank()) { // an unset variable in a script (--db "$URL"), not a wish for the default database
                throw new UsageException(
                        "--db must be a JDBC URL such as jdbc:postgresql://localhost:5432/crm, not empty");
            }
            return db;
        }
        String fromEnvironment = environment.variables().get("CRM_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return "jdbc:h2:file:" + environment.home().resolve(".crmkit").resolve(defaultDatabase);
    }

    Path modelsDir() {
        return modelsDir != null
                ? modelsDir
                : environment.home().resolve(".crmkit").resolve("models");
    }

    /** {@return the run's one output, the same on each call} */
    Output output() {
        if (output == null) {
            output = new Output(out(), json);
        }
        return output;
    }

    /**
     * stdout for a command that prints text rather than records ({@code crm schema} prints SQL): refused under
     * {@code --json}, whose stdout is one JSON document, so call it before the command does anything.
     *
     * @param command the command as typed, {@code crm schema}
     * @param prints what it prints instead, ending the error: {@code it prints SQL}
     * @throws UsageException under {@code --json}
     */
    PrintWriter textOut(String command, String prints) {
        if (json) {
            throw new UsageException("--json does not apply to " + command + ": " + prints);
        }
        return out();
    }

    PrintWriter out() {
        return spec().commandLine().getOut();
    }

    PrintWriter err() {
        return spec().commandLine().getErr();
    }

    void close() {
        if (crm != null) {
            crm.close();
            crm = null;
        }
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
        }
    }

    /**
     * Refuses an {@code update} given no field to change (a slip: {@code contacts update 3} would
     * otherwise print the record as if something had been saved), naming the options it takes.
     */
    void requireAChange() {
        ParseResult parsed = spec().commandLine().getParseResult();
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        if (parsed.matchedOptions().stream().allMatch(OptionSpec::inherited)) {
            throw new UsageException("give at least one field to change: "
                    + parsed.commandSpec().options().stream()
                            .filter(option -> !option.inherited() && !option.usageHelp() && !option.versionHelp())
                            .map(OptionSpec::longestName)
                            .sorted()
                            .collect(Collectors.joining(", ")));
        }
    }

    private CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli injects the spec");
        }
        return spec;
    }

    /** Something done with an open CRM. */
    @FunctionalInterface
    interface CrmAction {
        void run(Crm crm);
    }
}
