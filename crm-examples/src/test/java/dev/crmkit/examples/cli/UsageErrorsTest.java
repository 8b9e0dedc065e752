package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.duplicate.DuplicateReason;
import dev.crmkit.examples.cli.CliRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A command line that cannot be used exits 2 with one line naming the option and its rule, then where to find
 * the usage: whether picocli or the CLI found the mistake, and without the whole usage or a stack trace.
 */
class UsageErrorsTest extends CliTest {

    @Test
    void should_exit_2_like_a_bad_enum_for_every_value_the_cli_checks_itself() {
        assertUsageError(
                crm.run("contacts", "list", "--sort", "password"),
                "error: --sort must be one of id, last_name, email, company, created_at, updated_at, not 'password'",
                "crm contacts list");
        assertUsageError(
                crm.run("deals", "list", "--limit", "0"),
                "error: --limit must be between 1 and 500, not 0",
                "crm deals list");
        assertUsageError(
                crm.run("pipelines", "list", "--limit", "501"),
                "error: --limit must be between 1 and 500, not 501",
                "crm pipelines list");
        assertUsageError(
                crm.run("duplicates", "contacts", "--reason", "same_shoe"),
                "error: --reason must be one of " + DuplicateReason.codes() + ", not 'same_shoe'",
                "crm duplicates contacts");
        assertUsageError(
                crm.run("custom-fields", "add", "--kind", "contact", "--key", "k", "--label", "K", "--type", "colour"),
                "error: --type must be one of: text, number, date, boolean, choice, multi_choice, not 'colour'",
                "crm custom-fields add");
        assertUsageError(
                crm.run("pipelines", "add", "--name", "Hiring", "--stage", "applied:Applied"),
                "error: --stage must look like key:name:probability[:open|won|lost], not applied:Applied",
                "crm pipelines add");
        assertUsageError(
                crm.run("pipelines", "add", "--name", "Hiring", "--stage", "applied:Applied:most"),
                "error: --stage probability must be a whole number in applied:Applied:most",
                "crm pipelines add");
        assertUsageError(
                crm.run("pipelines", "add", "--name", "Hiring", "--stage", "hired:Hired:100:hooray"),
                "error: --stage outcome must be open, won or lost in hired:Hired:100:hooray",
                "crm pipelines add");
        assertUsageError(
                crm.run("contacts", "list", "--db", ""),
                "error: --db must be a JDBC URL such as jdbc:postgresql://localhost:5432/crm, not empty",
                "crm contacts list");
        assertUsageError(
                crm.run("contacts", "update", "1"),
                "error: give at least one field to change: --company, --company-id, --email, --first-name,"
                        + " --last-name, --notes, --phone, --position",
                "crm contacts update");
        assertUsageError(
                crm.run("pipelines", "update", "1", "--json"),
                "error: give at least one field to change: --description, --name, --stage",
                "crm pipelines update");
        assertUsageError(
                crm.run("trash", "purge", "--yes"),
                "error: give either <kind> <id> or --older-than <age>",
                "crm trash purge");
    }

    @Test
    void should_exit_2_naming_the_option_for_an_import_column_mapping_it_cannot_use() throws Exception {
        Path file = Files.writeString(home.resolve("people.csv"), "Vorname,Nachname,email\nAda,L,ada@example.com\n");

        assertUsageError(
                crm.run("import", "contacts", file.toString(), "--column", "Vorname=forename"),
                "error: --column Vorname=forename: the field must be one of [firstName, lastName, email, phone,"
                        + " company, position, notes, companyDomain, tags], not forename",
                "crm import contacts");
        assertUsageError(
                crm.run("import", "contacts", file.toString(), "--column", "Vorname"),
                "error: --column must be written <header>=<field>, not 'Vorname'",
                "crm import contacts");
        assertThat(home.resolve("people.csv.errors.csv")).doesNotExist();
    }

    @Test
    void should_say_a_missing_or_unknown_option_in_one_line_without_the_whole_usage() {
        assertUsageError(
                crm.run("contacts", "add", "--first-name", "Ada", "--last-name", "L"),
                "error: Missing required option: '--email=<email>'",
                "crm contacts add");
        assertUsageError(
                crm.run("contacts", "list", "--bogus"), "error: Unknown option: '--bogus'", "crm contacts list");
        assertUsageError(crm.run("contacts", "show"), "error: Missing required parameter: '<id>'", "crm contacts show");
    }

    @Test
    void should_say_which_argument_is_one_too_many_without_picocli_s_index() {
        assertUsageError(
                crm.run("contacts", "show", "1", "2"),
                "error: unexpected argument '2': crm contacts show takes <id>",
                "crm contacts show");
        assertUsageError(
                crm.run("contacts", "list", "ada", "lovelace"),
                "error: unexpected arguments 'ada', 'lovelace': crm contacts list takes options only",
                "crm contacts list");
    }

    @Test
    void should_name_the_values_of_an_enum_option_as_they_are_typed() {
        assertUsageError(
                crm.run("tasks", "add", "--title", "x", "--priority", "asap"),
                "error: --priority must be one of low, medium, high, urgent, not 'asap'",
                "crm tasks add");
        assertUsageError(
                crm.run("tasks", "list", "--status", "todo,done"),
                "error: --status must be one of todo, in_progress, completed, cancelled, not 'done'",
                "crm tasks list");
    }

    @Test
    void should_list_the_values_of_an_enum_option_in_its_help_as_they_are_typed() {
        Result tasks = crm.run("tasks", "add", "--help");
        Result root = crm.run("--help");
        Result schema = crm.run("schema", "--help");

        assertThat(tasks.out())
                .contains("low, medium, high, urgent (default medium)")
                .contains("todo, in_progress, completed, cancelled (default")
                .doesNotContain("IN_PROGRESS");
        assertThat(root.out()).contains("storage adapter: jpa, mybatis (default: mybatis)");
        assertThat(schema.out()).contains("the database: postgresql, mariadb, h2");
    }

    @Test
    void should_call_an_unknown_command_so_and_suggest_the_nearest() {
        Result typo = crm.run("contacts", "lisst");

        assertThat(typo.exitCode()).as(typo.toString()).isEqualTo(2);
        assertThat(typo.err().lines())
                .containsExactly(
                        "error: unknown command 'lisst'",
                        "Did you mean: contacts list?",
                        "Try 'crm contacts --help' for the options.");
    }

    @Test
    void should_say_in_one_line_that_an_h2_file_cannot_go_where_a_file_is_in_the_way() throws Exception {
        Path inTheWay = Files.writeString(home.resolve("notes.txt"), "not a directory");

        Result result = crm.run("--db", "jdbc:h2:" + inTheWay.resolve("crm"), "contacts", "list");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err().lines())
                .containsExactly("error: cannot connect to the database jdbc:h2:" + inTheWay.resolve("crm")
                        + ": cannot create its directory " + inTheWay + " (" + inTheWay + " is a file)");
    }

    @Test
    void should_refuse_json_for_the_commands_that_print_text_before_they_run() {
        assertUsageError(
                crm.run("--json", "schema", "--dialect", "h2"),
                "error: --json does not apply to crm schema: it prints SQL",
                "crm schema");
        assertUsageError(
                crm.run("--json", "export", "contacts"),
                "error: --json does not apply to crm export: it prints CSV or JSON Lines, chosen with --format",
                "crm export contacts");
        assertUsageError(
                crm.run("--json", "eval", "--kind", "no_tool", "--limit", "1"),
                "error: --json does not apply to crm eval: it prints its progress; its JSON is the --report file",
                "crm eval");
        assertUsageError(
                crm.run("--json", "chat"),
                "error: --json does not apply to crm chat: it is a conversation in text",
                "crm chat");
    }

    private static void assertUsageError(Result result, String error, String command) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.out()).as(result.toString()).isEmpty();
        assertThat(result.err().lines())
                .as(result.toString())
                .containsExactly(error, "Try '" + command + " --help' for the options.");
    }
}
