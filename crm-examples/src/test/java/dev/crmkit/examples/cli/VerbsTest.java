package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import dev.crmkit.examples.cli.CrmCli.CliEnvironment;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * One vocabulary over every kind of record, with the names a newcomer brings from crm-core and the REST API
 * answered too: {@code show} is also {@code get} ({@code getById}, {@code GET /contacts/1}), {@code add} also
 * {@code create} (as {@code companies create} has always taken {@code add}). {@code crm contacts get 1} used to
 * be an unknown command that suggested {@code contacts delete}.
 */
class VerbsTest extends CliTest {

    @Test
    void should_show_a_contact_when_asked_to_get_it() {
        long ada = crm.addContact("Ada", "Lovelace", "ada@example.com");

        Result got = crm.run("contacts", "get", String.valueOf(ada));

        assertThat(got.exitCode()).as(got.toString()).isZero();
        assertThat(got.out())
                .isEqualTo(crm.run("contacts", "show", String.valueOf(ada)).out());
    }

    @Test
    void should_add_a_deal_when_asked_to_create_it() {
        assertThat(crm.run("pipelines", "create", "--name", "Sales").exitCode()).isZero();

        Result created = crm.run("--json", "deals", "create", "--title", "Engine", "--amount", "10.00");

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.json().path("title").asString()).isEqualTo("Engine");
    }

    @Test
    void should_take_get_for_every_show_and_create_for_every_add() {
        List<String> missing = new ArrayList<>();
        walk(all(), missing);

        assertThat(missing).isEmpty();
    }

    private static void walk(CommandLine command, List<String> missing) {
        for (CommandLine sub : command.getSubcommands().values()) {
            List<String> names = List.of(sub.getCommandSpec().names().toArray(String[]::new));
            String name = sub.getCommandSpec().qualifiedName();
            if (names.contains("show") && !names.contains("get")) {
                missing.add(name + " without get");
            }
            if (names.contains("add") && !names.contains("create")) {
                missing.add(name + " without create");
            }
            walk(sub, missing);
        }
    }

    private CommandLine all() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CliEnvironment environment = new CliEnvironment(new BufferedReader(new StringReader("")), Map.of(), home, null);
        return CrmCli.commandLine(environment, nowhere, nowhere);
    }
}
