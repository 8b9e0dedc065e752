package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CrmCli.CliEnvironment;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code crm <command> --help} says what each option and parameter is: none of the whole command tree has an
 * empty description column (picocli's own {@code --help} and {@code --version} aside, and hidden ones, which
 * the help does not show).
 */
class HelpDescribesEveryOptionTest {

    @TempDir
    Path home;

    @Test
    void should_describe_every_option_and_parameter_of_every_command() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CommandLine crm = CrmCli.commandLine(
                new CliEnvironment(new BufferedReader(new StringReader("")), Map.of(), home, null), nowhere, nowhere);

        List<String> undescribed = new ArrayList<>();
        collectUndescribed(crm, undescribed);

        assertThat(undescribed).isEmpty();
    }

    private static void collectUndescribed(CommandLine commandLine, List<String> undescribed) {
        CommandSpec spec = commandLine.getCommandSpec();
        for (OptionSpec option : spec.options()) {
            if (!option.usageHelp() && !option.versionHelp() && undescribed(option)) {
                undescribed.add(spec.qualifiedName() + " " + option.longestName());
            }
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            if (undescribed(parameter)) {
                undescribed.add(spec.qualifiedName() + " " + parameter.paramLabel());
            }
        }
        // an alias maps to the same CommandLine again
        new LinkedHashSet<>(commandLine.getSubcommands().values())
                .forEach(subcommand -> collectUndescribed(subcommand, undescribed));
    }

    private static boolean undescribed(ArgSpec arg) {
        return !arg.hidden() && Arrays.stream(arg.description()).allMatch(String::isBlank);
    }
}
