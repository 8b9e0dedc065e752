package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import org.junit.jupiter.api.Test;

class CompaniesCommandTest extends CliTest {

    @Test
    void should_create_list_show_update_link_and_delete_a_company() {
        Result created =
                crm.run("companies", "create", "--name", "Acme", "--domain", "https://www.Acme.com/", "--json");
        long id = created.json().path("id").asLong();
        Result contact = crm.run(
                "contacts",
                "add",
                "--first-name",
                "Ada",
                "--last-name",
                "L",
                "--email",
                "ada@example.com",
                "--company-id",
                Long.toString(id),
                "--json");
        Result listed = crm.run("companies", "list", "-q", "acme");
        Result updated = crm.run("companies", "update", Long.toString(id), "--industry", "Anvils");
        Result refused = crm.run("companies", "create", "--name", "Other", "--domain", "acme.com");
        Result deleted = crm.run("companies", "delete", Long.toString(id), "--yes");
        Result shown = crm.run("companies", "show", Long.toString(id));

        assertThat(created.exitCode()).as(created.toString()).isZero();
        assertThat(created.json().path("domain").asString()).isEqualTo("acme.com");
        assertThat(contact.json().path("company").asString()).isEqualTo("Acme");
        assertThat(contact.json().path("company_id").asLong()).isEqualTo(id);
        assertThat(listed.out()).contains("acme.com");
        assertThat(updated.out()).contains("Anvils");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("domain");
        assertThat(deleted.out()).contains("deleted company " + id);
        assertThat(shown.exitCode()).isNotZero();
    }

    @Test
    void should_tag_a_company_and_list_companies_by_tag() {
        Result tagged = crm.run("companies", "create", "--name", "Acme", "--tag", "VIP,partner", "--json");
        crm.run("companies", "create", "--name", "Globex");

        Result listed = crm.run("companies", "list", "--tag", "vip");
        Result shown = crm.run("companies", "show", tagged.json().path("id").asString(), "--json");

        assertThat(tagged.exitCode()).as(tagged.toString()).isZero();
        assertThat(listed.out()).contains("Acme").doesNotContain("Globex");
        assertThat(shown.json().path("tags").toString()).contains("partner", "VIP");
    }
}
