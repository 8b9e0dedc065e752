package dev.crmkit.examples.cli;

import dev.langchain4j.model.chat.ChatModel;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.RunLast;

/**
 * The {@code crm} command's entry point. Exit codes, as picocli's convention has them: 0 done; 1
 * the command ran and refused (a rule of the CRM, a missing record, a conflict, a file; one line on
 * stderr, no stack trace: {@link UserErrors}); 2 the command line could not be read, so nothing ran
 * (an unknown command or option, a missing one, or a value of the wrong type such as {@code
 * --amount abc}: {@link ParameterErrors}). {@code crm --help} lists them.
 */
public final class CrmCli {

    private CrmCli() {}

    public static void main(String[] args) {
        // Before any logger exists: the CLI logs only warnings, to stderr, so stdout stays the output.
        System.setProperty("logback.configurationFile", "crm-cli-logback.xml");
        // Not System.out: a PrintStream, too, keeps a failed write to itself (Stdout).
        Writer out = new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        CliEnvironment environment =
                new CliEnvironment(in, System.getenv(), Path.of(System.getProperty("user.home")), null);
        int code = run(environment, out, err, args);
        // llama.cpp leaves a native thread that keeps the JVM alive after the model is closed.
        System.exit(code);
    }

    /**
     * Runs {@code args} as {@code crm} does, with stdout on {@code out}: a write {@code out} refuses ends the command
     * ({@link Stdout}), with exit code 1 and one line on {@code err} saying why, or quietly with 0 when the reader of
     * a pipe left.
     *
     * @param environment what the commands take from their surroundings
     * @param out where the commands print their output
     * @param err where they print errors
     * @param args the command line
     * @return the exit code
     */
    public static int run(CliEnvironment environment, Writer out, PrintWriter err, String... args) {
        PrintWriter stdout = new PrintWriter(new Stdout(out), true);
        try {
            int code = commandLine(environment, stdout, err, args).execute(args);
            stdout.flush();
            return code;
        } catch (Stdout.Lost lost) { // where picocli does not hand it to UserErrors: printing the help
            return UserErrors.outputLost(lost, err);
        }
    }

    /**
     * The configured command line with every subcommand, as {@code crm --help} lists them.
     *
     * @param environment what the commands take from their surroundings
     * @param out where the commands print their output
     * @param err where they print errors
     * @return the command line, ready to execute
     */
    public static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err) {
        return commandLine(environment, out, err, Subcommands.ALL);
    }

    /**
     * The configured command line for running {@code args}: with only the subcommands they name
     * (all when they name none), so that a command does not pay for building the others' models.
     * {@link #main} and tests that run commands in-process use it.
     *
     * @param environment what the commands take from their surroundings
     * @param out where the commands print their output
     * @param err where they print errors
     * @param args the command line that will be executed
     * @return the command line, ready to execute {@code args}
     */
    public static CommandLine commandLine(
            CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(environment, out, err, Subcommands.named(args));
    }

    private static CommandLine commandLine(
            CliEnvironment environment, PrintWriter out, PrintWriter err, List<Class<?>> subcommands) {
        CommandLine commandLine = new CommandLine(new CrmCommand(environment));
        for (Class<?> subcommand : subcommands) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new UserErrors());
        // The help is printed outside the commands, where picocli would print a failed write's stack trace.
        commandLine.setExecutionStrategy(parsed -> {
            try {
                return new RunLast().execute(parsed);
            } catch (Stdout.Lost lost) {
                return UserErrors.outputLost(lost, err);
            }
        });
        commandLine.setParameterExceptionHandler(new ParameterErrors());
        return commandLine;
    }

    /**
     * What the CLI takes from its surroundings, so tests can give their own.
     *
     * @param in where the chat and confirmations read the user's lines
     * @param variables environment variables ({@code CRM_DB})
     * @param home the user's home directory, under which {@code .crmkit} holds the default database and models
     * @param chatModel a chat model to use instead of loading a GGUF file, as a host would plug in
     *     another LangChain4j model; {@code null} for the usual {@code --model} file
     */
    public record CliEnvironment(
            BufferedReader in,
            Map<String, String> variables,
            Path home,
            @Nullable ChatModel chatModel) {}
}
