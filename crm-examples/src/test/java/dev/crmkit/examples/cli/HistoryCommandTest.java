package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code crm history} and {@code crm change-sets show|undo}: an import undone as one step. */
class HistoryCommandTest extends CliTest {

    @Test
    void should_show_a_record_s_history_and_undo_an_import() throws Exception {
        Path file = home.resolve("contacts.csv");
        Files.writeString(
                file,
                "first_name,last_name,email\nAda,Lovelace,ada@example.com\nBob,Byte,bob@example.com\n",
                StandardCharsets.UTF_8);
        Result imported = crm.run("--json", "import", "contacts", file.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        String changeSet = imported.json().path("change_set").asString();
        long ada = crm.run("--json", "contacts", "list")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        crm.run("contacts", "update", Long.toString(ada), "--phone", "+1 555");

        Result history = crm.run("history", "contact", Long.toString(ada));
        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out())
                .contains("update", "phone: - -> +1 555", "create", "import " + changeSet.substring(0, 8));

        Result shown = crm.run("change-sets", "show", changeSet);
        assertThat(shown.out()).contains("change set " + changeSet + " by import " + changeSet);

        Result refused = crm.run("change-sets", "undo", changeSet);
        assertThat(refused.exitCode())
                .as("a contact of the import changed since")
                .isNotZero();
        assertThat(refused.err() + refused.out()).contains("contact " + ada);

        crm.run("contacts", "update", Long.toString(ada), "--phone", "");
        assertThat(crm.run("change-sets", "undo", changeSet).exitCode()).isNotZero();
    }

    @Test
    void should_name_each_change_as_the_record_s_json_does() {
        long ada = crm.addContact("Ada", "Lovelace", "ada@example.com");
        crm.run("pipelines", "add", "--name", "Sales");
        long deal = crm.run("--json", "deals", "add", "--title", "Licence", "--amount", "31500.00", "--currency", "EUR")
                .id();
        crm.run("deals", "update", Long.toString(deal), "--amount", "3000.00");
        long call = crm.run(
                        "--json",
                        "activities",
                        "log",
                        "--type",
                        "call",
                        "--subject",
                        "Intro",
                        "--minutes",
                        "10",
                        "--contact-id",
                        Long.toString(ada))
                .id();
        long task = crm.run("--json", "tasks", "add", "--title", "Call Ada").id();
        crm.run("tasks", "update", Long.toString(task), "--status", "in_progress");

        assertThat(crm.run("history", "contact", Long.toString(ada)).out())
                .contains("first_name: - -> Ada")
                .doesNotContain("firstName");
        assertThat(crm.run("history", "deal", Long.toString(deal)).out())
                .contains("amount: 31500.00 -> 3000.00")
                .doesNotContain("value:");
        assertThat(crm.run("history", "task", Long.toString(task)).out())
                .contains("status: todo -> in_progress")
                .doesNotContain("IN_PROGRESS");
        assertThat(newValues(deal, "deal"))
                .as("a deal's value is its amount and currency")
                .containsEntry("amount", "31500.00")
                .containsEntry("currency", "EUR")
                .doesNotContainKey("value");
        assertThat(newValues(call, "activity"))
                .containsEntry("duration_seconds", "600")
                .containsEntry("type", "call")
                .doesNotContainKey("duration");
    }

    @Test
    void should_print_every_change_of_an_entry_whole() {
        long ada = crm.addContact("Ada", "Lovelace", "ada@example.com");

        Result history = crm.run("history", "contact", Long.toString(ada));

        assertThat(history.exitCode()).as(history.toString()).isZero();
        assertThat(history.out())
                .as("the changes are the last column: nothing follows them, so they are never cut")
                .contains("first_name: - -> Ada; last_name: - -> Lovelace; email: - -> ada@example.com")
                .doesNotContain("…");
    }

    /** The fields a record was created with, by {@code --json history}: field → new value. */
    private Map<String, String> newValues(long id, String entity) {
        JsonNode items =
                crm.run("--json", "history", entity, Long.toString(id)).json().path("items");
        Map<String, String> created = new LinkedHashMap<>();
        items.get(items.size() - 1)
                .path("changes")
                .forEach(change -> created.put(
                        change.path("field").asString(), change.path("new").asString()));
        return created;
    }

    @Test
    void should_list_each_change_as_field_old_and_new_in_json() {
        long ada = crm.addContact("Ada", "Lovelace", "ada@example.com");
        crm.run("contacts", "update", Long.toString(ada), "--phone", "+1 555");

        Result history = crm.run("--json", "history", "contact", Long.toString(ada));

        assertThat(history.exitCode()).as(history.toString()).isZero();
        JsonNode items = history.json().path("items");
        assertThat(items.get(0).path("changes")).singleElement().satisfies(change -> {
            assertThat(change.path("field").asString()).isEqualTo("phone");
            assertThat(change.path("old").isNull()).as("no phone before").isTrue();
            assertThat(change.path("new").asString()).isEqualTo("+1 555");
        });
        assertThat(items.get(1).path("changes").findValuesAsString("field"))
                .contains("first_name", "last_name", "email")
                .doesNotContain("firstName");
    }

    @Test
    void should_show_a_change_set_s_changes_as_the_history_does() throws Exception {
        String changeSet = importAda();

        Result shown = crm.run("change-sets", "show", changeSet);

        assertThat(shown.out())
                .contains("first_name: - -> Ada", "last_name: - -> Lovelace")
                .doesNotContain("firstName");
    }

    @Test
    void should_undo_an_import_nobody_touched_since() throws Exception {
        String changeSet = importAda();

        Result undone = crm.run("change-sets", "undo", changeSet);

        assertThat(undone.exitCode()).as(undone.toString()).isZero();
        assertThat(undone.out()).contains("delete", "contact");
        assertThat(crm.run("--json", "contacts", "list").json().path("items")).isEmpty();
    }

    @Test
    void should_say_there_is_nothing_left_to_undo_when_undoing_an_import_again() throws Exception {
        String changeSet = importAda();
        Result undone = crm.run("change-sets", "undo", changeSet);
        assertThat(undone.exitCode()).as(undone.toString()).isZero();
        String undo = undone.out().lines().findFirst().orElseThrow().split(" ")[2];

        Result again = crm.run("change-sets", "undo", changeSet);

        assertThat(again.exitCode()).as(again.toString()).isEqualTo(1);
        assertThat(again.err())
                .startsWith(
                        "error: change set " + changeSet + " has nothing left to undo: change set " + undo + " (at ")
                .doesNotContain("changed since");
    }

    @Test
    void should_print_a_change_set_as_one_json_document_naming_it() throws Exception {
        String changeSet = importAda();

        Result shown = crm.run("--json", "change-sets", "show", changeSet);

        assertThat(shown.exitCode()).as(shown.toString()).isZero();
        JsonNode json = shown.json();
        assertThat(json.path("message").asString()).isEqualTo("change set " + changeSet + " by import " + changeSet);
        assertThat(json.path("items"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.path("changes").findValuesAsString("field"))
                        .contains("first_name", "last_name", "email"));
    }

    @Test
    void should_print_an_undone_change_set_as_one_json_document() throws Exception {
        String changeSet = importAda();

        Result undone = crm.run("--json", "change-sets", "undo", changeSet);

        assertThat(undone.exitCode()).as(undone.toString()).isZero();
        JsonNode json = undone.json();
        assertThat(json.path("message").asString()).startsWith("change set ").doesNotContain(changeSet);
        assertThat(json.path("items"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.path("action").asString()).isEqualTo("delete"));
    }

    /** Imports one contact from a file and returns the import's change set. */
    private String importAda() throws IOException {
        Path file = home.resolve("contacts.csv");
        Files.writeString(file, "first_name,last_name,email\nAda,Lovelace,ada@example.com\n", StandardCharsets.UTF_8);
        return crm.run("--json", "import", "contacts", file.toString())
                .json()
                .path("change_set")
                .asString();
    }
}
