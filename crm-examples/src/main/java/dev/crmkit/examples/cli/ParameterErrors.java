package dev.crmkit.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Says in one line what is wrong with the command line, then where to find the usage, instead of
 * picocli's message followed by the whole usage: an option or parameter of the wrong type says what
 * it takes ({@code --min-amount must be a number such as 1250.50, not 'abc'}, {@code --priority must
 * be one of low, medium, high, urgent, not 'asap'}); an unknown command or option, a missing one,
 * keeps picocli's message and its "Did you mean" suggestions. Exit code 2 either way.
 */
final class ParameterErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("error: " + message(e));
        UnmatchedArgumentException.printSuggestions(e, command.getErr());
        return tryHelp(command);
    }

    /** What picocli's message on a map option's value without {@code =} ends with, before the value. */
    private static final String KEY_VALUE = "should be in KEY=VALUE format but was ";

    /**
     * Prints where to find {@code command}'s usage, after the error line of a command line that could
     * not be used.
     *
     * @return the exit code for invalid input, 2
     */
    static int tryHelp(CommandLine command) {
        command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String message(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        String value = e.getValue();
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unknownCommand(unmatched, message);
        }
        if (arg instanceof OptionSpec option && message.contains(KEY_VALUE)) {
            // picocli's "Value for option option '--column' (<header>=<field>) should be in KEY=VALUE format but was x"
            return option.longestName() + " must be written " + option.paramLabel() + ", not '"
                    + message.substring(message.indexOf(KEY_VALUE) + KEY_VALUE.length()) + "'";
        }
        if (arg == null || value == null || !message.startsWith("Invalid value")) {
            return message;
        }
        // A repeatable option (--status todo,done) is a list: its values are of the element type.
        Class<?>[] elements = arg.auxiliaryTypes();
        @Nullable String expected = expected(arg.isMultiValue() && elements.length > 0 ? elements[0] : arg.type());
        if (expected == null) {
            return message;
        }
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        return name + " must be " + expected + ", not '" + value + "'";
    }

    /**
     * {@code crm bogus}: "unknown command 'bogus'" rather than picocli's "Unmatched argument at index 0"; {@code crm
     * contacts show 1 2}: "unexpected argument '2': crm contacts show takes <id>", without picocli's index into the
     * whole command line. An unknown option keeps picocli's message.
     */
    private static String unknownCommand(UnmatchedArgumentException e, String message) {
        List<String> unmatched = e.getUnmatched();
        if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) {
            return message;
        }
        CommandSpec command = e.getCommandLine().getCommandSpec();
        if (!e.getCommandLine().getSubcommands().isEmpty()) {
            return "unknown command '" + unmatched.get(0) + "'";
        }
        List<String> parameters = command.positionalParameters().stream()
                .filter(parameter -> !parameter.hidden())
                .map(PositionalParamSpec::paramLabel)
                .toList();
        return "unexpected argument" + (unmatched.size() > 1 ? "s " : " ")
                + unmatched.stream().map(argument -> "'" + argument + "'").collect(Collectors.joining(", "))
                + ": " + command.qualifiedName() + " takes "
                + (parameters.isEmpty() ? "options only" : String.join(" ", parameters));
    }

    /** What a value of {@code type} is written as, or {@code null} where picocli's message already says it. */
    private static @Nullable String expected(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number such as 42";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "a number such as 1250.50";
        }
        if (type.isEnum()) {
            // Written in lower case, as the help, the README and the JSON output spell them.
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "));
        }
        return type == LocalDate.class ? "a date written YYYY-MM-DD, such as 2026-12-31" : null;
    }
}
