package dev.crmkit.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Says in one line what an option or parameter of the wrong type takes ({@code --min-amount must be
 * a number such as 1250.50, not 'abc'}), instead of picocli's message with the converter's Java
 * exception text and the whole usage. Every other parse error (unknown command, missing option)
 * goes to picocli's own handler. Exit code 2 either way.
 */
final class ParameterErrors implements IParameterExceptionHandler {

    private final IParameterExceptionHandler others;

    ParameterErrors(IParameterExceptionHandler others) {
        this.others = others;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) throws Exception {
        ArgSpec arg = e.getArgSpec();
        @Nullable
        String expected = arg == null || e.getValue() == null || e.getCause() == null ? null : expected(arg.type());
        if (expected == null) {
            return others.handleParseException(e, args);
        }
        CommandLine command = e.getCommandLine();
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        command.getErr().println("error: " + name + " must be " + expected + ", not '" + e.getValue() + "'");
        command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        command.getErr().flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** What a value of {@code type} is written as, or {@code null} where picocli's message already says it. */
    private static @Nullable String expected(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number such as 42";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "a number such as 1250.50";
        }
        return type == LocalDate.class ? "a date written YYYY-MM-DD, such as 2026-12-31" : null;
    }
}
