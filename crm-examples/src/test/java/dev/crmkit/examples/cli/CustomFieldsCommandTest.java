package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;

/** {@code crm custom-fields}: its errors name what the user typed, not crm-core's field names. */
class CustomFieldsCommandTest extends CliTest {

    @Test
    void should_name_a_refused_value_by_its_key_as_given_in_key_equals_value() {
        crm.run("custom-fields", "add", "--kind", "contact", "--key", "score", "--label", "Score", "--type", "number");
        crm.run(
                "custom-fields",
                "add",
                "--kind",
                "contact",
                "--key",
                "tier",
                "--label",
                "Tier",
                "--type",
                "choice",
                "--option",
                "gold,silver");
        crm.run("contacts", "add", "--first-name", "Ada", "--last-name", "L", "--email", "ada@example.com");

        Result refused = crm.run("custom-fields", "set", "contact", "1", "score=abc", "tier=platinum");
        Result unknown = crm.run("custom-fields", "set", "contact", "1", "nope=1");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err().lines())
                .containsExactly("error: custom field score must be a number;"
                        + " custom field tier must be one of: gold, silver");
        assertThat(unknown.err().lines())
                .containsExactly("error: custom field nope is not a custom field of contact records");
    }

    @Test
    void should_name_every_error_of_a_definition_at_once() {
        Result badKindAndType =
                crm.run("custom-fields", "add", "--kind", "planet", "--key", "9x", "--label", " ", "--type", "colour");
        Result badRules = crm.run(
                "custom-fields",
                "add",
                "--kind",
                "contact",
                "--key",
                "9x",
                "--label",
                "Score",
                "--type",
                "number",
                "--max-length",
                "5",
                "--scale",
                "99");

        assertThat(badKindAndType.exitCode()).as(badKindAndType.toString()).isEqualTo(2);
        assertThat(badKindAndType.err().lines().findFirst().orElseThrow())
                .isEqualTo("error: --kind must be one of: contact, company, deal, not 'planet';"
                        + " --key must be a letter then letters, digits or _ (at most 40 characters);"
                        + " --label must not be blank;"
                        + " --type must be one of: text, number, date, boolean, choice, multi_choice, not 'colour'");
        assertThat(badRules.exitCode()).as(badRules.toString()).isEqualTo(1);
        assertThat(badRules.err().lines())
                .containsExactly("error: --key must be a letter then letters, digits or _ (at most 40 characters);"
                        + " --max-length is only for text fields; --scale must be between 0 and 10");
        assertThat(crm.run("custom-fields", "list").out()).doesNotContain("Score");
    }

    @Test
    void should_name_the_option_and_kind_options_the_user_typed() {
        Result noOptions = crm.run(
                "custom-fields", "add", "--kind", "contact", "--key", "tier", "--label", "T", "--type", "choice");
        Result emptyOption = crm.run(
                "custom-fields",
                "add",
                "--kind",
                "contact",
                "--key",
                "tier",
                "--label",
                "T",
                "--type",
                "choice",
                "--option",
                "");
        Result badKind = crm.run("custom-fields", "list", "--kind", "planet");
        Result badSetKind = crm.run("custom-fields", "set", "planet", "1", "a=b");

        assertThat(noOptions.exitCode()).isEqualTo(1);
        assertThat(noOptions.err()).startsWith("error: --option ");
        assertThat(emptyOption.err()).startsWith("error: --option ");
        assertThat(badKind.exitCode()).isEqualTo(2);
        assertThat(badKind.err().lines())
                .containsExactly(
                        "error: --kind must be one of: contact, company, deal, not 'planet'",
                        "Try 'crm custom-fields list --help' for the options.");
        assertThat(badSetKind.err().lines())
                .containsExactly(
                        "error: <kind> must be one of: contact, company, deal, not 'planet'",
                        "Try 'crm custom-fields set --help' for the options.");
    }

    @Test
    void should_refuse_a_control_character_in_a_label_or_an_option_naming_the_option_typed() {
        Result label = crm.run(
                "custom-fields", "add", "--kind", "contact", "--key", "tier", "--label", "L\u0001", "--type", "text");
        Result option = crm.run(
                "custom-fields",
                "add",
                "--kind",
                "contact",
                "--key",
                "tier",
                "--label",
                "Tier",
                "--type",
                "choice",
                "--option",
                "gold,sil\u001bver");
        Result list = crm.run("--json", "custom-fields", "list", "--kind", "contact");

        assertThat(label.exitCode()).as(label.toString()).isEqualTo(1);
        assertThat(label.err().lines())
                .containsExactly(
                        "error: --label must not contain control characters other than tab, newline and carriage return");
        assertThat(option.exitCode()).as(option.toString()).isEqualTo(1);
        assertThat(option.err().lines())
                .containsExactly(
                        "error: --option must not contain control characters other than tab, newline and carriage return");
        assertThat(list.out()).doesNotContain("tier");
    }
}
