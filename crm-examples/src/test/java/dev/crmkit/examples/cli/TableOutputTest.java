package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;

/** Tables stay tables whatever the data holds: one row per record, whole characters in every cell. */
class TableOutputTest extends CliTest {

    @Test
    void should_cut_a_long_cell_between_characters_not_inside_an_emoji() {
        crm.run(
                "contacts",
                "add",
                "--first-name",
                "😀".repeat(100),
                "--last-name",
                "Smile",
                "--email",
                "s@example.com");

        Result listed = crm.run("contacts", "list");

        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        String row = listed.out().lines().toList().get(1);
        assertThat(row).contains("😀".repeat(19) + "…");
        assertThat(row.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .as("no half of a surrogate pair in " + row)
                .isTrue();
    }

    @Test
    void should_print_a_carriage_return_or_tab_in_a_value_as_a_space() {
        crm.run(
                "contacts",
                "add",
                "--first-name",
                "Eve\r1   Fake",
                "--last-name",
                "Tab\tbed",
                "--email",
                "e@example.com");

        Result listed = crm.run("contacts", "list");
        Result shown = crm.run("contacts", "show", "1");

        assertThat(listed.out()).doesNotContain("\r").doesNotContain("\t").contains("Eve 1   Fake  Tab bed");
        assertThat(listed.out().lines()).hasSize(2);
        assertThat(shown.out()).contains("first_name  Eve 1   Fake\n").contains("last_name   Tab bed\n");
    }
}
