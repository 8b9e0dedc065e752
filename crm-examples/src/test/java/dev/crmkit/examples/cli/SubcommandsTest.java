package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.examples.StorageKind;
import dev.crmkit.examples.cli.CliRunner.Result;
import dev.crmkit.examples.cli.CrmCli.CliEnvironment;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParseResult;

class SubcommandsTest {

    @TempDir
    Path home;

    @Test
    void should_register_only_the_subcommands_a_command_line_names() {
        assertThat(Subcommands.named(new String[] {"--storage", "jpa", "contacts", "list"}))
                .containsExactly(ContactsCommand.class);
        assertThat(Subcommands.named(new String[] {"companies", "add", "--name", "Acme"}))
                .containsExactly(CompaniesCommand.class);
    }

    @Test
    void should_register_all_for_help_version_and_typos() {
        assertThat(Subcommands.named(new String[] {"--help"})).isEqualTo(Subcommands.ALL);
        assertThat(Subcommands.named(new String[] {"--version"})).isEqualTo(Subcommands.ALL);
        assertThat(Subcommands.named(new String[] {"contcts", "list"})).isEqualTo(Subcommands.ALL);
        assertThat(Subcommands.named(new String[0])).isEqualTo(Subcommands.ALL);
    }

    @Test
    void should_treat_a_subcommand_name_given_as_an_option_value_as_with_all_registered() {
        String[] args = {"--db-user", "contacts", "tags", "list"};

        // picocli refuses a registered subcommand's name as an option's value; every word that is
        // one gets its subcommand registered, so the answer is the same as with all of them.
        assertThatThrownBy(() -> commandLine(args).parseArgs(args))
                .isInstanceOf(MissingParameterException.class)
                .hasMessageContaining("'contacts'");
        assertThatThrownBy(() -> all().parseArgs(args))
                .isInstanceOf(MissingParameterException.class)
                .hasMessageContaining("'contacts'");
        String[] tagsOnly = {"--db-user", "ada", "tags", "list"};
        assertThat(commandLine(tagsOnly)
                        .parseArgs(tagsOnly)
                        .subcommand()
                        .commandSpec()
                        .name())
                .isEqualTo("tags");
    }

    @Test
    void should_list_every_subcommand_in_the_help_and_suggest_the_nearest_for_a_typo() {
        CliRunner crm = new CliRunner(home, "jdbc:h2:mem:subcommands");

        Result help = crm.run("--help");
        Result typo = crm.run("contcts", "list");

        assertThat(help.exitCode()).isZero();
        for (Class<?> subcommand : Subcommands.ALL) {
            String name = subcommand.getAnnotation(CommandLine.Command.class).name();
            assertThat(help.out()).as(name).containsPattern("(?m)^  " + name + "\\b");
        }
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("contacts");
    }

    @Test
    void should_give_each_registered_subcommand_the_inherited_options() {
        String[] args = {"contacts", "list", "--json", "--storage", "jpa"};

        ParseResult parsed = commandLine(args).parseArgs(args);

        assertThat(parsed.subcommand().subcommand().matchedOption("--storage").<StorageKind>getValue())
                .isEqualTo(StorageKind.JPA);
    }

    private CommandLine all() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return CrmCli.commandLine(
                new CliEnvironment(new BufferedReader(new StringReader("")), Map.of(), home, null), nowhere, nowhere);
    }

    private CommandLine commandLine(String[] args) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CliEnvironment environment = new CliEnvironment(new BufferedReader(new StringReader("")), Map.of(), home, null);
        return CrmCli.commandLine(environment, nowhere, nowhere, args);
    }
}
