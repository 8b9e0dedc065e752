package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.contact;
import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebAppTest
class ExportApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_stream_the_contacts_the_filters_match_as_csv_and_json_lines() {
        String company = "Export " + UUID.randomUUID();
        String email = uniqueEmail("ada");
        api.post("/api/v1/contacts", """
                {"first_name": "Ada", "last_name": "Lovelace", "email": "%s", "company": "%s"}
                """.formatted(email, company));
        api.post("/api/v1/contacts", contact("Alan", "Turing", uniqueEmail("alan")));

        Reply csv = api.get("/api/v1/contacts/export?format=csv&company=" + company.replace(" ", "%20"));
        Reply jsonl = api.get("/api/v1/contacts/export?format=jsonl&company=" + company.replace(" ", "%20"));
        Reply unknown = api.get("/api/v1/contacts/export?format=xml");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(csv.body()).startsWith("id,firstName,lastName,email").contains(",Ada,Lovelace," + email + ",");
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.body().lines().toList()).singleElement().asString().contains("\"email\":\"" + email + "\"");
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    void should_refuse_to_export_deals_by_a_status_no_pipeline_has_before_writing_a_line() {
        Reply refused = api.get("/api/v1/deals/export?status=nope");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errors().path("status").asString()).startsWith("must be the key of a stage of a pipeline");
        assertThat(refused.body()).doesNotContain("id,title");
    }
}
