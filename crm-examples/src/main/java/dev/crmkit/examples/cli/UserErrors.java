package dev.crmkit.examples.cli;

import dev.crmkit.agent.AgentException;
import dev.crmkit.core.customfield.CustomFieldRules;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on stderr and exit code 1. The user sees what
 * to fix, named by the option they typed ({@code --first-name must not be blank}); the stack trace
 * goes to the debug log only. A {@link UsageException} (a value the CLI checks itself) exits 2 as a
 * parse error does, followed by where to find the usage: {@link ParameterErrors#tryHelp}.
 */
final class UserErrors implements IExecutionExceptionHandler {

    private static final String CUSTOM_FIELD = CustomFieldRules.FIELD + ".";
    /** A merge's field choices, given as {@code --field first_name=ID}. */
    private static final String MERGE_FIELD = "fields.";

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        // Looked up here, not in a static field: --help and --version need no logging at all.
        Logger log = LoggerFactory.getLogger(UserErrors.class);
        log.debug("command failed", e);
        Stdout.Lost lost = Stdout.Lost.in(e);
        if (lost != null) {
            return outputLost(lost, command.getErr());
        }
        command.getErr().println("error: " + message(e));
        if (e instanceof UsageException) {
            return ParameterErrors.tryHelp(command);
        }
        command.getErr().flush();
        return 1;
    }

    /**
     * The exit code of a command whose stdout refused its output, after saying why on {@code err}: 1 with {@code
     * error: cannot write the output: No space left on device}; 0 and nothing when the reader left ({@code | head
     * -1}), who has what they wanted.
     */
    static int outputLost(Stdout.Lost lost, PrintWriter err) {
        if (lost.readerGone()) {
            return 0;
        }
        err.println("error: cannot write the output: " + lost.reason());
        err.flush();
        return 1;
    }

    static String message(Exception e) {
        if (e instanceof UncheckedIOException unchecked) {
            return message(unchecked.getCause());
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileSystemException failed) {
            return failed.getFile() + ": " + failed.getReason();
        }
        if (e instanceof ValidationException invalid) {
            return invalid.errors().entrySet().stream()
                    .map(error -> option(error.getKey()) + " " + error.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (e instanceof NotFoundException
                || e instanceof ConflictException
                || e instanceof StaleVersionException
                || e instanceof UserException
                || e instanceof AgentException
                || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof CrmException) {
            return "the database failed: " + e.getMessage();
        }
        return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /**
     * {@code action}'s result; the fields of its validation errors that the user typed under another name are
     * reported by that name: {@code naming(Map.of("q", "TEXT"), ...)} says {@code TEXT must not be blank}, not
     * {@code --q must not be blank} about an option that does not exist.
     *
     * @param typedAs crm-core's field → the option or parameter the user gave it as
     */
    static <T> T naming(Map<String, String> typedAs, Supplier<T> action) {
        try {
            return action.get();
        } catch (ValidationException e) {
            Map<String, String> renamed = new LinkedHashMap<>();
            e.errors().forEach((field, error) -> renamed.put(typedAs.getOrDefault(field, field), error));
            throw new ValidationException(renamed);
        }
    }

    /**
     * {@code firstName} → {@code --first-name}; {@code tags} → {@code --tag} and {@code options} → {@code --option},
     * the options given once per value; {@code customFields.tier} → {@code custom field tier} (given as {@code
     * tier=...}); {@code fields.firstName} → {@code --field first_name} (a merge's choice); other paths such as {@code stages[1].key} stay as they are.
     */
    static String option(String field) {
        if (field.equals("tags")) {
            return "--tag";
        }
        if (field.equals("options")) {
            return "--option";
        }
        if (field.startsWith(MERGE_FIELD)) {
            return "--field " + snake(field.substring(MERGE_FIELD.length()));
        }
        if (field.startsWith(CUSTOM_FIELD)) {
            return "custom field " + field.substring(CUSTOM_FIELD.length());
        }
        if (!field.chars().allMatch(c -> Character.isLetter(c)) || !Character.isLowerCase(field.charAt(0))) {
            return field; // a path, or already the name of a parameter such as TEXT
        }
        return "--" + words(field, '-');
    }

    /** {@code firstName} → {@code first_name}, as the merge's {@code --field} takes it. */
    private static String snake(String field) {
        return words(field, '_');
    }

    private static String words(String camel, char separator) {
        StringBuilder words = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                words.append(separator).append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }
}
