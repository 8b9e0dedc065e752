package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CrmCliTest extends CliTest {

    @Test
    void should_add_a_contact_and_list_it_as_a_table() {
        Result added = crm.run(
                "contacts",
                "add",
                "--first-name",
                "Ada",
                "--last-name",
                "Lovelace",
                "--email",
                "ada@example.com",
                "--company",
                "Analytical Engines");
        Result listed = crm.run("contacts", "list");

        assertThat(added.exitCode()).as(added.toString()).isZero();
        assertThat(added.out()).contains("first_name  Ada");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().lines().toList())
                .element(0)
                .asString()
                .startsWith("id")
                .contains("first_name")
                .contains("email");
        assertThat(listed.out()).contains("ada@example.com").contains("Analytical Engines");
        assertThat(listed.err()).isEmpty();
    }

    @Test
    void should_print_json_with_the_api_field_names() {
        crm.run("contacts", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email", "ada@example.com");

        Result listed = crm.run("contacts", "list", "--json");

        assertThat(listed.exitCode()).isZero();
        JsonNode items = listed.json().path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("first_name").asString()).isEqualTo("Ada");
        assertThat(listed.json().path("next_cursor").isNull()).isTrue();
    }

    @Test
    void should_page_with_the_cursor_it_prints() {
        for (String name : new String[] {"a", "b", "c"}) {
            crm.run("contacts", "add", "--first-name", name, "--last-name", name, "--email", name + "@example.com");
        }

        Result first = crm.run("--json", "contacts", "list", "--limit", "2", "--sort", "-email");
        String cursor = first.json().path("next_cursor").asString();
        Result second = crm.run("--json", "contacts", "list", "--limit", "2", "--sort", "-email", "--cursor", cursor);
        Result table = crm.run("contacts", "list", "--limit", "2", "--total");

        assertThat(first.json().path("items").get(0).path("email").asString()).isEqualTo("c@example.com");
        assertThat(second.json().path("items")).hasSize(1);
        assertThat(second.json().path("items").get(0).path("email").asString()).isEqualTo("a@example.com");
        assertThat(table.out()).contains("3 in total").contains("more: add --cursor ");
    }

    @Test
    void should_exit_1_with_one_line_naming_the_options_for_invalid_input() {
        Result refused = crm.run("contacts", "add", "--first-name", " ", "--last-name", "X", "--email", "nope");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines())
                .containsExactly(
                        "error: --first-name must not be blank; --email must be a valid email address such as jane@example.com");
    }

    @Test
    void should_exit_1_for_a_duplicate_email_and_a_missing_record() {
        crm.run("contacts", "add", "--first-name", "Ada", "--last-name", "L", "--email", "ada@example.com");

        Result duplicate =
                crm.run("contacts", "add", "--first-name", "A", "--last-name", "B", "--email", "ADA@example.com");
        Result missing = crm.run("contacts", "show", "42");

        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).isEqualTo("error: email ada@example.com is already used by contact 1\n");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: contact 42 does not exist\n");
    }

    @Test
    void should_exit_2_with_usage_for_an_unknown_command_or_a_missing_option() {
        Result unknown = crm.run("contacts", "lisst");
        Result missing = crm.run("contacts", "add", "--first-name", "Ada");
        Result badNumber = crm.run("contacts", "show", "one");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("error: unknown command 'lisst'").contains("contacts list");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required options").contains("--email");
        assertThat(badNumber.exitCode()).isEqualTo(2);
    }

    @Test
    void should_exit_2_for_a_value_it_cannot_read_and_1_for_a_value_the_crm_refuses_as_help_says() {
        Result unreadable = crm.run("deals", "add", "--title", "Engines", "--amount", "abc");
        Result refused = crm.run("deals", "add", "--title", "Engines", "--amount", "-5");
        Result help = crm.run("--help");

        assertThat(unreadable.exitCode()).as(unreadable.toString()).isEqualTo(2);
        assertThat(unreadable.err()).startsWith("error: --amount must be a number such as 1250.50, not 'abc'");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("error: --amount must not be negative\n");
        assertThat(crm.run("--json", "deals", "list").json().path("items")).isEmpty();
        assertThat(help.out().replaceAll("\\s+", " "))
                .contains("Exit codes: 0 done 1 the command ran and refused")
                .contains("2 the command line could not be read, so nothing ran");
    }

    @Test
    void should_say_in_one_line_which_database_it_cannot_reach_without_waiting_for_the_pool() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/crm";

        Result refused = crm.run("--db", url + "?user=crm&password=s3cret", "contacts", "list");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines())
                .singleElement()
                .asString()
                .startsWith("error: cannot connect to the database " + url + "?user=crm&password=***: ")
                .contains("refused")
                .doesNotContain("s3cret")
                .doesNotContain("Exception")
                .doesNotContain("request timed out");
    }

    @Test
    void should_say_that_a_read_only_database_refused_a_write_without_printing_the_statement() {
        crm.run("contacts", "list");
        CliRunner readOnly = new CliRunner(home, "jdbc:h2:file:" + home.resolve("crm") + ";ACCESS_MODE_DATA=r");

        Result refused =
                readOnly.run("contacts", "add", "--first-name", "Ada", "--last-name", "L", "--email", "a@example.com");
        Result listed = readOnly.run("contacts", "list");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err().strip())
                .isEqualTo("error: the database failed: the database is read-only; nothing was written");
        assertThat(listed.exitCode()).as(listed.toString()).isZero();
    }

    @Test
    void should_ask_for_the_database_password_on_stderr_and_keep_stdout_to_the_output() {
        CliRunner withPassword = new CliRunner(home, "jdbc:h2:file:" + home.resolve("locked"));
        withPassword.run("--db-password=s3cret", "contacts", "list");

        Result asked = withPassword.runWithInput("s3cret\n", "--db-password", "--json", "contacts", "list");
        Result wrong = withPassword.runWithInput("guess\n", "--db-password", "contacts", "list");

        assertThat(asked.exitCode()).as(asked.toString()).isZero();
        assertThat(asked.out()).doesNotContain("Enter value");
        assertThat(asked.json().path("items")).isEmpty();
        assertThat(asked.err()).isEqualTo("Enter value for --db-password (database password): ");
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(1);
        assertThat(wrong.err()).contains("Wrong user name or password");
    }

    @Test
    void should_name_the_setting_whose_url_no_driver_takes() {
        Result option = crm.run("--db", "jdbc:nope:crm;PASSWORD=s3cret", "contacts", "list");
        Result variable = new CliRunner(home, "garbage").run("contacts", "list");

        assertThat(option.exitCode()).as(option.toString()).isEqualTo(1);
        assertThat(option.err().strip())
                .isEqualTo("error: --db must be a JDBC URL of an H2, PostgreSQL or MariaDB database, such as"
                        + " jdbc:postgresql://localhost:5432/crm, not 'jdbc:nope:crm;PASSWORD=***'");
        assertThat(variable.exitCode()).as(variable.toString()).isEqualTo(1);
        assertThat(variable.err().strip())
                .startsWith("error: CRM_DB must be a JDBC URL of ")
                .endsWith(", not 'garbage'");
    }

    @Test
    void should_take_the_cursor_a_timeline_prints_after_the_record_id() {
        long ada = crm.addContact("Ada", "L", "a@example.com");
        for (String subject : new String[] {"first", "second", "third"}) {
            crm.run("activities", "log", "--type", "note", "--subject", subject, "--contact-id", "" + ada);
        }

        Result first = crm.run("timeline", "contact", "" + ada, "--limit", "2");
        String hint = first.out().lines().reduce((a, b) -> b).orElseThrow();
        String cursor = hint.substring("more: add --cursor ".length());
        Result next = crm.run("timeline", "contact", "" + ada, "--limit", "2", "--cursor", cursor);

        assertThat(hint).startsWith("more: add --cursor ");
        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(next.out())
                .contains("note: first")
                .doesNotContain("note: third")
                .doesNotContain("more:");
    }

    @Test
    void should_say_what_a_value_of_the_wrong_type_must_be_without_java_exception_text() {
        Result badAmount = crm.run("deals", "list", "--min-amount", "abc");
        Result badDate = crm.run("tasks", "list", "--due-before", "tomorrow");
        Result badId = crm.run("contacts", "show", "one");

        assertThat(badAmount.exitCode()).isEqualTo(2);
        assertThat(badAmount.err())
                .startsWith("error: --min-amount must be a number such as 1250.50, not 'abc'")
                .contains("crm deals list --help")
                .doesNotContain("Exception");
        assertThat(badDate.err()).startsWith("error: --due-before must be a date written YYYY-MM-DD");
        assertThat(badId.err()).startsWith("error: ").contains("must be a whole number such as 42, not 'one'");
    }

    @Test
    void should_refuse_to_delete_without_yes_and_delete_with_it() {
        long id = crm.addContact("Ada", "L", "ada@example.com");

        Result refused = crm.run("contacts", "delete", String.valueOf(id));
        Result stillThere = crm.run("contacts", "show", String.valueOf(id));
        Result deleted = crm.run("contacts", "delete", String.valueOf(id), "--yes");
        Result gone = crm.run("contacts", "show", String.valueOf(id));

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("error: not deleting contact " + id + " without --yes\n");
        assertThat(stillThere.exitCode()).isZero();
        assertThat(deleted.exitCode()).isZero();
        assertThat(deleted.out()).isEqualTo("deleted contact " + id + "\n");
        assertThat(gone.exitCode()).isEqualTo(1);
    }

    @Test
    void should_update_only_the_options_given_and_clear_a_field_given_empty() {
        long id = crm.run(
                        "--json",
                        "contacts",
                        "add",
                        "--first-name",
                        "Ada",
                        "--last-name",
                        "L",
                        "--email",
                        "ada@example.com",
                        "--phone",
                        "123",
                        "--company",
                        "AE")
                .id();

        Result updated =
                crm.run("--json", "contacts", "update", String.valueOf(id), "--phone", "", "--position", "CTO");

        assertThat(updated.exitCode()).isZero();
        assertThat(updated.json().path("phone").isNull()).isTrue();
        assertThat(updated.json().path("position").asString()).isEqualTo("CTO");
        assertThat(updated.json().path("company").asString()).isEqualTo("AE");
    }

    @Test
    void should_run_a_pipeline_with_deals_and_tasks_end_to_end() {
        long pipeline = crm.run(
                        "--json",
                        "pipelines",
                        "add",
                        "--name",
                        "Partners",
                        "--stage",
                        "intro:Introduction:10",
                        "--stage",
                        "signed:Signed:100:won")
                .id();
        long contact = crm.addContact("Ada", "L", "ada@example.com");
        long deal = crm.run(
                        "--json",
                        "deals",
                        "add",
                        "--title",
                        "Reseller deal",
                        "--amount",
                        "1200.50",
                        "--currency",
                        "EUR",
                        "--pipeline-id",
                        String.valueOf(pipeline),
                        "--contact-id",
                        String.valueOf(contact))
                .id();
        long task = crm.run(
                        "--json",
                        "tasks",
                        "add",
                        "--title",
                        "Send terms",
                        "--deal-id",
                        String.valueOf(deal),
                        "--priority",
                        "high",
                        "--due-date",
                        "2020-01-01")
                .id();

        Result overdue = crm.run("tasks", "list", "--overdue");
        Result won = crm.run("--json", "deals", "update", String.valueOf(deal), "--status", "signed");
        Result summary = crm.run("pipelines", "show", String.valueOf(pipeline));
        Result completed = crm.run("--json", "tasks", "complete", String.valueOf(task));
        Result inUse = crm.run("pipelines", "delete", String.valueOf(pipeline), "--yes");

        assertThat(overdue.out()).contains("Send terms").contains("high");
        assertThat(won.json().path("is_closed").asBoolean()).isTrue();
        assertThat(summary.out()).contains("won_value").contains("1200.50 EUR").contains("signed 1");
        assertThat(completed.json().path("is_completed").asBoolean()).isTrue();
        assertThat(inUse.exitCode()).isEqualTo(1);
        assertThat(inUse.err()).startsWith("error: pipeline " + pipeline + " still holds 1 deal");
    }

    @Test
    void should_name_a_stage_that_is_not_in_the_pipeline() {
        crm.run("pipelines", "add", "--name", "Sales");
        long deal = crm.run("--json", "deals", "add", "--title", "T").id();

        Result refused = crm.run("deals", "update", String.valueOf(deal), "--status", "orbit");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: --status must be a stage of pipeline");
    }

    @Test
    void should_refuse_to_list_or_export_deals_by_a_status_no_pipeline_has_naming_the_stage_keys() {
        crm.run("pipelines", "add", "--name", "Sales");
        crm.run("deals", "add", "--title", "T");

        Result listed = crm.run("deals", "list", "--status", "nope");
        Result exported = crm.run("export", "deals", "--status", "nope");
        Result known = crm.run("--json", "deals", "list", "--status", "LEAD");

        assertThat(listed.exitCode()).as(listed.toString()).isEqualTo(1);
        assertThat(listed.err().strip())
                .isEqualTo("error: --status must be the key of a stage of a pipeline:"
                        + " lead, qualified, proposal, negotiation, won, lost");
        assertThat(listed.out()).isEmpty();
        assertThat(exported.exitCode()).as(exported.toString()).isEqualTo(1);
        assertThat(exported.err()).startsWith("error: --status must be the key of a stage of a pipeline: lead,");
        assertThat(known.exitCode()).as(known.toString()).isZero();
        assertThat(known.json().path("items")).hasSize(1);
    }

    @Test
    void should_print_help_for_every_command_and_subcommand() {
        Result root = crm.run("--help");
        Result leaf = crm.run("tasks", "list", "--help");

        assertThat(root.exitCode()).isZero();
        assertThat(root.out())
                .contains("contacts")
                .contains("pipelines")
                .contains("deals")
                .contains("tasks")
                .contains("model");
        assertThat(leaf.exitCode()).isZero();
        assertThat(leaf.out())
                .startsWith("Usage: crm tasks list")
                .contains("--overdue")
                .contains("--cursor");
    }

    @Test
    void should_run_on_either_adapter_over_the_same_tables() {
        Result viaJpa = crm.run(
                "--storage",
                "jpa",
                "contacts",
                "add",
                "--first-name",
                "Ada",
                "--last-name",
                "L",
                "--email",
                "ada@example.com");

        Result viaDefault =
                crm.run("contacts", "add", "--first-name", "Grace", "--last-name", "H", "--email", "grace@example.com");
        Result listedViaMyBatis = crm.run("contacts", "list", "--storage", "mybatis");
        Result listedViaJpa = crm.run("contacts", "list", "--storage", "jpa");

        assertThat(viaJpa.exitCode()).as(viaJpa.toString()).isZero();
        assertThat(viaDefault.exitCode()).as(viaDefault.toString()).isZero();
        assertThat(listedViaMyBatis.out()).contains("ada@example.com").contains("grace@example.com");
        assertThat(listedViaJpa.out()).isEqualTo(listedViaMyBatis.out());
        assertThat(crm.run("--storage", "hibernate", "contacts", "list").exitCode())
                .isEqualTo(2);
    }

    @Test
    void should_use_mybatis_unless_told_otherwise() {
        Result help = crm.run("--help");

        assertThat(help.out().replaceAll("\\s+", " "))
                .contains("--storage=<storage>")
                .contains("(default: mybatis)");
    }

    @Test
    void should_refuse_a_bad_sort_and_a_bad_enum_value() {
        Result sort = crm.run("contacts", "list", "--sort", "password");
        Result priority = crm.run("tasks", "add", "--title", "x", "--priority", "asap");

        assertThat(sort.exitCode()).isEqualTo(2);
        assertThat(sort.err()).startsWith("error: --sort must be one of id, last_name");
        assertThat(priority.exitCode()).isEqualTo(2);
        assertThat(priority.err()).contains("--priority").contains("asap");
    }
}
