package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;

/**
 * An error names the option or parameter the user typed, and its rule: never crm-core's field name for an
 * option that does not exist ({@code --q}, {@code --duration}), nor an option for a positional parameter.
 */
class ErrorsNameTheOptionTest extends CliTest {

    @Test
    void should_name_every_refused_option_of_an_add_at_once_the_tags_too() {
        Result refused = crm.run(
                "contacts", "add", "--first-name", " ", "--last-name", "L", "--email", "bad", "--tag", "x".repeat(51));

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err().strip())
                .isEqualTo("error: --first-name must not be blank;"
                        + " --email must be a valid email address such as jane@example.com;"
                        + " --tag must be at most 50 characters");
    }

    @Test
    void should_name_the_search_option_of_a_list_or_an_export() {
        String tooLong = "x".repeat(1401);

        Result contacts = crm.run("contacts", "list", "--search", tooLong);
        Result companies = crm.run("companies", "list", "-q", tooLong);
        Result export = crm.run("export", "contacts", "--search", tooLong);

        assertThat(contacts.exitCode()).as(contacts.toString()).isEqualTo(1);
        assertThat(contacts.err().strip()).isEqualTo("error: --search must be at most 1400 characters");
        assertThat(companies.err().strip()).startsWith("error: --search must be at most ");
        assertThat(export.err().strip()).isEqualTo("error: --search must be at most 1400 characters");
    }

    @Test
    void should_name_the_search_text_parameter() {
        Result blank = crm.run("search", " ");
        Result tooLong = crm.run("search", "x".repeat(101));

        assertThat(blank.exitCode()).as(blank.toString()).isEqualTo(1);
        assertThat(blank.err().strip()).isEqualTo("error: TEXT must not be blank");
        assertThat(tooLong.err().strip()).isEqualTo("error: TEXT must be at most 100 characters");
    }

    @Test
    void should_name_the_minutes_of_an_activity() {
        long contact = crm.addContact("Ada", "L", "a@example.com");

        Result negative = crm.run(
                "activities",
                "log",
                "--type",
                "call",
                "--subject",
                "Call",
                "--contact-id",
                "" + contact,
                "--minutes",
                "-5");

        assertThat(negative.exitCode()).as(negative.toString()).isEqualTo(1);
        assertThat(negative.err().strip())
                .isEqualTo("error: --minutes must be between 0 and 168 hours (10080 minutes, 604800 seconds)");
    }

    @Test
    void should_name_the_kind_parameter_of_trash_and_history_and_the_older_than_option() {
        Result restore = crm.run("trash", "restore", "nope", "1");
        Result purge = crm.run("trash", "purge", "nope", "1", "--yes");
        Result list = crm.run("trash", "list", "--kind", "nope");
        Result age = crm.run("trash", "purge", "--older-than", "soon", "--yes");
        Result history = crm.run("history", "nope", "1");

        assertThat(restore.exitCode()).as(restore.toString()).isEqualTo(2);
        assertThat(restore.err().lines().findFirst())
                .hasValue("error: <kind> must be one of contact, company, deal, task, pipeline, not 'nope'");
        assertThat(purge.err().lines().findFirst())
                .hasValue("error: <kind> must be one of contact, company, deal, task, pipeline, not 'nope'");
        assertThat(list.err().lines().findFirst())
                .hasValue("error: --kind must be one of contact, company, deal, task, pipeline, not 'nope'");
        assertThat(age.exitCode()).as(age.toString()).isEqualTo(2);
        assertThat(age.err().lines().findFirst())
                .hasValue("error: --older-than must be like 30d, 12h, 45m or P30D, not 'soon'");
        assertThat(history.exitCode()).as(history.toString()).isEqualTo(1);
        assertThat(history.err().strip()).startsWith("error: <entity> must be one of ");
    }

    @Test
    void should_name_the_field_option_of_a_merge() {
        long ada = crm.addContact("Ada", "L", "a@example.com");
        long other = crm.addContact("Ada", "L", "b@example.com");

        Result notMerged = crm.run("merge", "contacts", "" + ada, "" + other, "--field", "first_name=999", "--dry-run");

        assertThat(notMerged.exitCode()).as(notMerged.toString()).isEqualTo(1);
        assertThat(notMerged.err().strip())
                .isEqualTo("error: --field first_name must be the id of one of the merged records");
    }

    @Test
    void should_name_the_stage_option_and_the_stage_written_for_an_invalid_stage() {
        Result probability = crm.run("pipelines", "add", "--name", "Sales", "--stage", "a:A:101");
        Result key = crm.run("pipelines", "add", "--name", "Sales", "--stage", "A B:A:10");
        Result twice = crm.run("pipelines", "add", "--name", "Sales", "--stage", "a:A:10", "--stage", "a:B:20");
        long sales = crm.run("--json", "pipelines", "add", "--name", "Sales").id();
        Result update =
                crm.run("pipelines", "update", "" + sales, "--stage", "lead:Lead:10", "--stage", "lead:Won:100:won");

        assertThat(probability.exitCode()).as(probability.toString()).isEqualTo(1);
        assertThat(probability.err().strip())
                .isEqualTo("error: --stage probability must be between 0 and 100 in a:A:101");
        assertThat(key.err().strip()).startsWith("error: --stage key must ").endsWith(" in A B:A:10");
        assertThat(twice.err().strip())
                .isEqualTo("error: --stage key duplicates the key of an earlier stage: a in a:B:20");
        assertThat(update.exitCode()).as(update.toString()).isEqualTo(1);
        assertThat(update.err().strip()).startsWith("error: --stage key ").endsWith(" in lead:Won:100:won");
    }

    @Test
    void should_name_the_cursor_option_of_a_duplicates_list() {
        Result contacts = crm.run("duplicates", "contacts", "--cursor", "nope");
        Result companies = crm.run("duplicates", "companies", "--cursor", "nope");

        assertThat(contacts.exitCode()).as(contacts.toString()).isEqualTo(1);
        assertThat(contacts.err().strip()).isEqualTo("error: --cursor is not a cursor of a duplicates page");
        assertThat(companies.err().strip()).isEqualTo("error: --cursor is not a cursor of a duplicates page");
    }

    @Test
    void should_name_the_format_option_of_an_export() {
        Result unknown = crm.run("export", "contacts", "--format", "xml");

        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
        assertThat(unknown.err().lines().findFirst()).hasValue("error: --format must be csv or jsonl, not xml");
    }
}
