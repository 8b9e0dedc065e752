package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code --tag} on {@code contacts add|list} and {@code deals add|list}, and {@code crm tags}. */
class TagsCommandTest extends CliTest {

    @Test
    void should_tag_on_add_filter_the_list_and_rename_and_delete_tags() {
        Result ada = crm.run(
                "--json",
                "contacts",
                "add",
                "--first-name",
                "Ada",
                "--last-name",
                "L",
                "--email",
                "ada@example.com",
                "--tag",
                "VIP,partner");
        crm.run(
                "contacts",
                "add",
                "--first-name",
                "Bob",
                "--last-name",
                "B",
                "--email",
                "bob@example.com",
                "--tag",
                "vip");
        crm.run("contacts", "add", "--first-name", "Carl", "--last-name", "C", "--email", "carl@example.com");

        assertThat(ada.exitCode()).as(ada.toString()).isZero();
        assertThat(strings(ada.json().path("tags"))).containsExactly("partner", "VIP");
        Result vip = crm.run("--json", "contacts", "list", "--tag", "vip");
        assertThat(emails(vip.json())).containsExactly("ada@example.com", "bob@example.com");
        Result both = crm.run("--json", "contacts", "list", "--tag", "vip", "--tag", "PARTNER");
        assertThat(emails(both.json())).containsExactly("ada@example.com");
        Result table = crm.run("contacts", "list", "--tag", "partner");
        assertThat(table.out()).contains("tags").contains("partner, VIP");

        crm.run("pipelines", "add", "--name", "Sales");
        Result deal = crm.run("--json", "deals", "add", "--title", "Engines", "--tag", "renewal");
        assertThat(deal.exitCode()).as(deal.toString()).isZero();
        assertThat(strings(deal.json().path("tags"))).containsExactly("renewal");
        assertThat(crm.run("--json", "deals", "list", "--tag", "renewal").json().path("items"))
                .hasSize(1);

        Result tags = crm.run("--json", "tags", "list");
        JsonNode vipTag = null;
        for (JsonNode tag : tags.json().path("items")) {
            if (tag.path("name").asString().equals("VIP")) {
                vipTag = tag;
            }
        }
        assertThat(vipTag).isNotNull();
        assertThat(vipTag.path("count").asLong()).isEqualTo(2);
        String id = vipTag.path("id").asString();
        Result renamed = crm.run("--json", "tags", "rename", id, "Key account");
        assertThat(renamed.json().path("name").asString()).isEqualTo("Key account");
        Result taken = crm.run("tags", "rename", id, "PARTNER");
        assertThat(taken.exitCode()).isNotZero();
    }

    @Test
    void should_name_the_tag_option_the_user_typed_when_a_tag_breaks_a_rule() {
        Result blank = crm.run("contacts", "list", "--tag", " ");
        Result tooLong = crm.run(
                "contacts",
                "add",
                "--first-name",
                "Ada",
                "--last-name",
                "L",
                "--email",
                "ada@example.com",
                "--tag",
                "t".repeat(51));

        assertThat(blank.exitCode()).as(blank.toString()).isEqualTo(1);
        assertThat(blank.err().strip()).isEqualTo("error: --tag must not be blank");
        assertThat(tooLong.err().strip()).isEqualTo("error: --tag must be at most 50 characters");
    }

    @Test
    void should_name_the_name_argument_when_a_rename_breaks_a_rule() {
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
        String id = crm.run("--json", "tags", "list")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asString();

        Result blank = crm.run("tags", "rename", id, " ");
        Result tooLong = crm.run("tags", "rename", id, "t".repeat(51));

        assertThat(blank.exitCode()).as(blank.toString()).isEqualTo(1);
        assertThat(blank.err().strip()).isEqualTo("error: <name> must not be blank");
        assertThat(tooLong.err().strip()).isEqualTo("error: <name> must be at most 50 characters");
    }

    @Test
    void should_refuse_a_tag_with_an_invisible_character_naming_the_tag_option() {
        Result zeroWidth = crm.run(
                "contacts",
                "add",
                "--first-name",
                "Ada",
                "--last-name",
                "L",
                "--email",
                "ada@example.com",
                "--tag",
                "v\u200Bip");

        assertThat(zeroWidth.exitCode()).as(zeroWidth.toString()).isEqualTo(1);
        assertThat(zeroWidth.err().lines())
                .containsExactly("error: --tag must not contain invisible characters such as U+200B"
                        + " (a zero-width or formatting character)");
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> emails(JsonNode page) {
        List<String> emails = new ArrayList<>();
        page.path("items").forEach(item -> emails.add(item.path("email").asString()));
        return emails;
    }
}
