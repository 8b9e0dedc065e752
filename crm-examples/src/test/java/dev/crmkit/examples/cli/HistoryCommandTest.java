package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
