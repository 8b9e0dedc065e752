package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code crm import contacts} and {@code crm export}: a file in, the same data out, a re-import that changes nothing. */
class TransferCommandTest extends CliTest {

    @Test
    void should_import_refuse_bad_rows_to_an_error_file_and_export_what_was_imported() throws Exception {
        Path file = home.resolve("people.csv");
        Files.writeString(
                file,
                "\uFEFFFirst Name;Last Name;E-Mail;Company\r\n"
                        + "Ada;Lovelace;ada@example.com;\"Analytical; Engines\"\r\n"
                        + "Bad;Row;not-an-email;\r\n"
                        + "Alan;Turing;alan@example.com;\r\n",
                StandardCharsets.UTF_8);

        Result dryRun =
                crm.run("import", "contacts", file.toString(), "--dry-run", "--column", "E-Mail=email", "--json");
        Result imported = crm.run("import", "contacts", file.toString(), "--column", "E-Mail=email", "--json");
        Result again = crm.run("import", "contacts", file.toString(), "--column", "E-Mail=email", "--json");
        Result exported = crm.run("export", "contacts", "--company", "Analytical; Engines");

        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        assertThat(dryRun.json().path("created").asLong()).isEqualTo(2);
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.json().path("created").asLong()).isEqualTo(2);
        assertThat(imported.json().path("refused").asLong()).isEqualTo(1);
        assertThat(Files.readString(home.resolve("people.csv.errors.csv")))
                .startsWith("line,errors,First Name,Last Name,E-Mail,Company\r\n")
                .contains("3,E-Mail: must be a valid email address");
        assertThat(again.json().path("unchanged").asLong()).isEqualTo(2);
        assertThat(again.json().path("created").asLong()).isZero();
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(exported.out().lines().toList())
                .hasSize(2)
                .first()
                .asString()
                .startsWith("id,firstName,lastName,email");
        // Quoted for its semicolon: a spreadsheet whose list separator is ';' keeps the cell whole.
        assertThat(exported.out()).contains(",Ada,Lovelace,ada@example.com,,\"Analytical; Engines\",");
    }

    @Test
    void should_import_companies_deals_and_tasks_by_their_names_and_change_nothing_the_second_time() throws Exception {
        crm.run("pipelines", "add", "--name", "Sales");
        Path companies = home.resolve("companies.csv");
        Files.writeString(companies, "name,domain\nACME,https://www.acme.com/\n", StandardCharsets.UTF_8);
        Path contacts = home.resolve("contacts.csv");
        Files.writeString(
                contacts,
                "firstName,lastName,email,companyDomain\nAda,Lovelace,ada@example.com,acme.com\n",
                StandardCharsets.UTF_8);
        Path deals = home.resolve("deals.csv");
        Files.writeString(
                deals,
                "title,amount,pipeline,stage,contactEmail,companyDomain\n"
                        + "Engines,100,Sales,Qualified,ada@example.com,acme.com\n"
                        + "Ghost,1,Nowhere,lead,,\n",
                StandardCharsets.UTF_8);
        Path tasks = home.resolve("tasks.csv");
        Files.writeString(
                tasks,
                "title,contactEmail,dealTitle,dueDate\nCall Ada,ada@example.com,Engines,2027-02-01\n",
                StandardCharsets.UTF_8);

        for (String[] run : new String[][] {
            {"companies", companies.toString()},
            {"contacts", contacts.toString()},
            {"deals", deals.toString()},
            {"tasks", tasks.toString()}
        }) {
            Result first = crm.run("import", run[0], run[1], "--json");
            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(first.json().path("created").asLong()).as(run[0]).isEqualTo(1);
        }
        Result again = crm.run("import", "deals", deals.toString(), "--json");

        assertThat(again.json().path("unchanged").asLong()).isEqualTo(1);
        assertThat(again.json().path("created").asLong()).isZero();
        assertThat(again.json().path("refused").asLong()).isEqualTo(1);
        assertThat(Files.readString(home.resolve("deals.csv.errors.csv")))
                .contains("3,pipeline: no pipeline is named Nowhere");
        assertThat(crm.run("export", "tasks").out()).contains("Call Ada");
    }

    @Test
    void should_export_what_the_lists_filters_match() {
        crm.run("tasks", "add", "--title", "Call Ada", "--priority", "high");
        crm.run("tasks", "add", "--title", "File notes", "--priority", "low");
        crm.run(
                "contacts",
                "add",
                "--first-name",
                "Ada",
                "--last-name",
                "L",
                "--email",
                "ada@example.com",
                "--tag",
                "vip");
        crm.run("contacts", "add", "--first-name", "Alan", "--last-name", "T", "--email", "alan@example.com");

        Result tasks = crm.run("export", "tasks", "--priority", "high,urgent");
        Result contacts = crm.run("export", "contacts", "--tag", "vip");
        Result paged = crm.run("export", "contacts", "--limit", "1");

        assertThat(tasks.exitCode()).as(tasks.toString()).isZero();
        assertThat(tasks.out()).contains("Call Ada").doesNotContain("File notes");
        assertThat(contacts.exitCode()).as(contacts.toString()).isZero();
        assertThat(contacts.out()).contains("ada@example.com").doesNotContain("alan@example.com");
        assertThat(paged.exitCode())
                .as("an export writes every match: it has no page")
                .isEqualTo(2);
    }

    @Test
    void should_export_json_lines_to_a_file_and_refuse_an_unknown_format() throws Exception {
        crm.run("contacts", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email", "ada@example.com");
        Path out = home.resolve("contacts.jsonl");

        Result exported = crm.run("export", "contacts", "--format", "jsonl", "--output", out.toString());
        Result unknown = crm.run("export", "contacts", "--format", "xml");

        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(Files.readAllLines(out)).singleElement().asString().contains("\"email\":\"ada@example.com\"");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("format must be csv or jsonl");
    }

    @Test
    void should_leave_the_file_it_was_to_overwrite_as_it_was_when_the_export_fails() throws Exception {
        crm.run("contacts", "add", "--first-name", "Ada", "--last-name", "Lovelace", "--email", "ada@example.com");
        Path out = Files.writeString(home.resolve("deals.csv"), "yesterday's export\n");

        Result refused = crm.run("export", "deals", "--status", "x".repeat(41), "--output", out.toString());
        String afterTheFailure = Files.readString(out);
        Result exported = crm.run("export", "contacts", "--output", out.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("error: --status must be at most 40 characters");
        assertThat(afterTheFailure).isEqualTo("yesterday's export\n");
        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(Files.readString(out)).contains("ada@example.com");
        assertThat(home).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void should_name_the_output_option_when_it_is_empty_and_the_directory_it_names() throws Exception {
        Path directory = Files.createDirectory(home.resolve("exports"));

        Result empty = crm.run("export", "contacts", "--output", "");
        Result onDirectory = crm.run("export", "contacts", "--output", directory.toString());

        assertThat(empty.exitCode()).as(empty.toString()).isEqualTo(2);
        assertThat(empty.err().lines().findFirst()).hasValue("error: --output must name a file to write, not ''");
        assertThat(onDirectory.exitCode()).as(onDirectory.toString()).isEqualTo(1);
        assertThat(onDirectory.err().strip()).isEqualTo("error: " + directory + ": Is a directory");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void should_end_the_progress_bar_of_a_complete_import_at_100_percent_whatever_the_characters() throws Exception {
        StringBuilder csv = new StringBuilder("firstName,lastName,email\n");
        for (int i = 0; i < 50; i++) {
            csv.append("Zoë,Brontë-Łukasiewicz,zoe").append(i).append("@example.com\n");
        }
        Path file = Files.writeString(home.resolve("accents.csv"), csv, StandardCharsets.UTF_8);

        Result imported = crm.run("import", "contacts", file.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        String[] drawn = imported.err().strip().split("\r");
        assertThat(drawn[drawn.length - 1]).contains("100%");
    }

    @Test
    void should_say_in_one_line_which_file_or_directory_is_missing() {
        Path missing = home.resolve("nowhere").resolve("contacts.csv");

        Result imported = crm.run("import", "contacts", missing.toString());
        Result exported = crm.run("export", "contacts", "--output", missing.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.err().strip()).isEqualTo("error: no such file or directory: " + missing);
        assertThat(exported.exitCode()).as(exported.toString()).isEqualTo(1);
        assertThat(exported.err().strip())
                .isEqualTo("error: --output: the directory " + missing.getParent() + " does not exist");
    }

    @Test
    void should_refuse_a_directory_to_import_without_writing_an_error_file_beside_it() throws Exception {
        Path directory = Files.createDirectory(home.resolve("exports"));

        Result imported = crm.run("import", "contacts", directory.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(1);
        assertThat(imported.err().strip())
                .isEqualTo("error: " + directory + " is a directory; give the CSV file to import");
        assertThat(home.resolve("exports.errors.csv")).doesNotExist();
    }

    @Test
    void should_say_which_file_is_not_utf8_is_empty_or_lacks_a_column_and_leave_no_error_file() throws Exception {
        Path latin1 = home.resolve("latin1.csv");
        Files.write(
                latin1,
                "first_name,last_name,email\nJos\u00e9,B,jose@example.com\n".getBytes(StandardCharsets.ISO_8859_1));
        Path headless = home.resolve("headless.csv");
        Files.writeString(headless, "name,mail\nAda,ada@example.com\n");

        Result notUtf8 = crm.run("import", "contacts", latin1.toString());
        Result noColumn = crm.run("import", "contacts", headless.toString());

        assertThat(notUtf8.exitCode()).as(notUtf8.toString()).isEqualTo(1);
        assertThat(notUtf8.err().lines())
                .contains("error: " + latin1 + " is not UTF-8 text; save it as UTF-8 and import it again")
                .noneMatch(line -> line.contains("Exception"));
        assertThat(noColumn.exitCode()).as(noColumn.toString()).isEqualTo(1);
        assertThat(noColumn.err().lines())
                .contains("error: " + headless + ": the header has no column for firstName, lastName, email"
                        + " (map a header onto a field with --column)");
        Path empty = Files.writeString(home.resolve("empty.csv"), "");
        Result nothing = crm.run("import", "contacts", empty.toString());
        assertThat(nothing.exitCode()).as(nothing.toString()).isEqualTo(1);
        assertThat(nothing.err().lines())
                .containsExactly("error: " + empty
                        + ": the file is empty: it needs a header line naming the columns, as an export writes");
        assertThat(home.resolve("latin1.csv.errors.csv")).doesNotExist();
        assertThat(home.resolve("headless.csv.errors.csv")).doesNotExist();
        assertThat(crm.run("contacts", "list", "--json").json().path("items")).isEmpty();
        Path earlierErrors = Files.writeString(home.resolve("earlier.errors.csv"), "line,errors\n");
        crm.run("import", "contacts", home.resolve("missing.csv").toString(), "--errors", earlierErrors.toString());
        assertThat(earlierErrors).as("an error file the import never opened").exists();
    }
}
