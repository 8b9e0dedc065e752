package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code crm duplicates contacts|companies} and {@code crm merge contacts|companies}, whose change
 * set {@code crm change-sets undo} reverts.
 */
class DuplicatesCommandTest extends CliTest {

    long ada;
    long copy;

    @BeforeEach
    void givenAContactAndALikelyCopy() {
        ada = crm.run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Ada",
                        "--last-name",
                        "Lovelace",
                        "--email",
                        "ada@example.com",
                        "--json")
                .id();
        copy = crm.run(
                        "contacts",
                        "add",
                        "--first-name",
                        "Ada",
                        "--last-name",
                        "L.",
                        "--email",
                        "ada+old@example.com",
                        "--phone",
                        "+44 20 7946 0958",
                        "--json")
                .id();
    }

    @Test
    void should_list_the_group_and_merge_it_after_a_dry_run() {
        Result listed = crm.run("duplicates", "contacts");
        Result preview = crm.run("merge", "contacts", String.valueOf(ada), String.valueOf(copy), "--dry-run", "--json");
        Result merged = crm.run("merge", "contacts", String.valueOf(ada), String.valueOf(copy), "--json");
        Result gone = crm.run("contacts", "show", String.valueOf(copy));
        String changeSet = merged.json().path("change_set_id").asString();
        Result undone = crm.run("change-sets", "undo", changeSet);
        Result back = crm.run("contacts", "show", String.valueOf(copy), "--json");

        assertThat(listed.exitCode()).as(listed.toString()).isZero();
        assertThat(listed.out())
                .contains("same_email")
                .contains("ada@example.com")
                .contains(ada + " " + copy);
        assertThat(preview.exitCode()).as(preview.toString()).isZero();
        assertThat(preview.json().path("dry_run").asBoolean()).isTrue();
        assertThat(preview.json().path("phone").asString()).isEqualTo("+44 20 7946 0958");
        assertThat(merged.exitCode()).as(merged.toString()).isZero();
        assertThat(merged.json().path("dry_run").asBoolean()).isFalse();
        assertThat(merged.json().path("last_name").asString()).isEqualTo("Lovelace");
        assertThat(gone.exitCode()).isNotZero();
        assertThat(preview.json().path("change_set_id").isNull()).isTrue();
        assertThat(undone.exitCode()).as(undone.toString()).isZero();
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(back.json().path("phone").asString()).isEqualTo("+44 20 7946 0958");
    }

    @Test
    void should_take_a_chosen_field_and_refuse_a_stale_version() {
        Result stale = crm.run("merge", "contacts", String.valueOf(ada), String.valueOf(copy), "--expect", copy + "=7");
        Result merged = crm.run(
                "merge",
                "contacts",
                String.valueOf(ada),
                String.valueOf(copy),
                "--field",
                "last_name=" + copy,
                "--json");

        assertThat(stale.exitCode()).isNotZero();
        assertThat(stale.err()).contains(String.valueOf(copy));
        assertThat(merged.exitCode()).as(merged.toString()).isZero();
        assertThat(merged.json().path("last_name").asString()).isEqualTo("L.");
    }

    @Test
    void should_refuse_an_id_given_twice_without_naming_an_option_there_is_not() {
        Result twice = crm.run("merge", "contacts", String.valueOf(ada), String.valueOf(ada));

        assertThat(twice.exitCode()).as(twice.toString()).isEqualTo(1);
        assertThat(twice.err().strip()).isEqualTo("error: the id " + ada + " is given twice; give each record once");
    }

    @Test
    void should_merge_companies_by_similar_name() {
        long acme = crm.run("companies", "add", "--name", "Acme", "--json").id();
        long acmeInc = crm.run("companies", "add", "--name", "ACME, Inc.", "--domain", "acme.com", "--json")
                .id();

        Result listed = crm.run("duplicates", "companies", "--reason", "similar_name");
        Result merged = crm.run("merge", "companies", String.valueOf(acme), String.valueOf(acmeInc), "--json");
        Result badReason = crm.run("duplicates", "companies", "--reason", "same_email");

        assertThat(listed.out()).contains("similar_name").contains(acme + " " + acmeInc);
        assertThat(merged.exitCode()).as(merged.toString()).isZero();
        assertThat(merged.json().path("domain").asString()).isEqualTo("acme.com");
        assertThat(badReason.exitCode()).isNotZero();
        assertThat(badReason.err().lines())
                .containsExactly("error: --reason must be one of similar_name, same_phone for a company");
    }
}
