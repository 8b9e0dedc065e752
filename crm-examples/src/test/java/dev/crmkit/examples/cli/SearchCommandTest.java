package dev.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchCommandTest extends CliTest {

    @BeforeEach
    void givenRecordsToFind() {
        crm.run(
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
        crm.run("contacts", "add", "--first-name", "Charles", "--last-name", "Babbage", "--email", "cb@example.com");
    }

    @Test
    void should_print_the_hits_best_first_as_a_table() {
        Result found = crm.run("search", "ANALYTICAL", "eng");

        assertThat(found.exitCode()).as(found.toString()).isZero();
        assertThat(found.out().lines().toList())
                .element(0)
                .asString()
                .startsWith("kind")
                .contains("title")
                .contains("score");
        assertThat(found.out()).contains("Ada Lovelace").contains("200").doesNotContain("Babbage");
    }

    @Test
    void should_print_json_and_refuse_a_blank_text() {
        Result json = crm.run("search", "ada@example.com", "--json");
        Result blank = crm.run("search", " ");

        assertThat(json.exitCode()).as(json.toString()).isZero();
        assertThat(json.json().path("items").get(0).path("score").asInt()).isEqualTo(400);
        assertThat(blank.exitCode()).isEqualTo(1);
        assertThat(blank.err()).contains("must not be blank");
    }

    @Test
    void should_find_a_company_by_its_domain() {
        crm.run("companies", "create", "--name", "Difference Engines", "--domain", "difference.example");

        Result found = crm.run("search", "difference.example", "--json");

        assertThat(found.exitCode()).as(found.toString()).isZero();
        assertThat(found.json().path("items").get(0).path("kind").asString()).isEqualTo("company");
        assertThat(found.json().path("items").get(0).path("title").asString()).isEqualTo("Difference Engines");
    }
}
