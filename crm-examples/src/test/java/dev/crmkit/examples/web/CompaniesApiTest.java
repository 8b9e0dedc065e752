package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@WebAppTest
class CompaniesApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_create_a_company_with_a_normalized_domain_and_refuse_the_same_domain_twice() {
        String domain = unique() + ".example";

        Reply created = api.post("/api/v1/companies", """
                {"name": "Acme", "domain": "https://www.%s/about", "industry": "Anvils", "size": "11-50"}
                """.formatted(domain.toUpperCase(Locale.ROOT)));
        Reply duplicate = api.post("/api/v1/companies", """
                {"name": "Acme again", "domain": "%s"}
                """.formatted(domain));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location"))
                .hasValue(api.uri("/api/v1/companies/" + created.id()).toString());
        assertThat(created.json().path("domain").asString()).isEqualTo(domain);
        assertThat(created.json().path("size").asString()).isEqualTo("11-50");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body()).contains("domain");
    }

    @Test
    void should_name_the_invalid_fields() {
        Reply refused = api.post("/api/v1/companies", """
                {"name": " ", "domain": "not a domain"}
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().has("name")).isTrue();
        assertThat(refused.errors().has("domain")).isTrue();
    }

    @Test
    void should_link_contacts_and_deals_by_company_id_and_detach_them_on_delete() {
        long company = api.post("/api/v1/companies", "{\"name\": \"Linked " + unique() + "\"}")
                .id();
        long pipeline = api.post("/api/v1/pipelines", Bodies.pipeline("Companies " + unique()))
                .id();
        Reply contact = api.post("/api/v1/contacts", """
                {"first_name": "Ada", "last_name": "Lovelace", "email": "%s", "company_id": %d}
                """.formatted(uniqueEmail("ada"), company));
        Reply deal = api.post("/api/v1/deals", """
                {"title": "Engines", "pipeline_id": %d, "company_id": %d}
                """.formatted(pipeline, company));
        Reply missing = api.post("/api/v1/deals", """
                {"title": "Ghost", "pipeline_id": %d, "company_id": 99999999}
                """.formatted(pipeline));

        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        assertThat(contact.json().path("company_id").asLong()).isEqualTo(company);
        assertThat(contact.json().path("company").asString()).startsWith("Linked ");
        assertThat(deal.json().path("company_id").asLong()).isEqualTo(company);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errors().path("company_id").asString()).isEqualTo("no company with id 99999999");
        assertThat(api.get("/api/v1/contacts?company_id=" + company).json().path("items"))
                .hasSize(1);
        assertThat(api.get("/api/v1/deals?company_id=" + company).json().path("items"))
                .hasSize(1);

        assertThat(api.delete("/api/v1/companies/" + company).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/contacts/" + contact.id())
                        .json()
                        .path("company_id")
                        .isNull())
                .isTrue();
        assertThat(api.get("/api/v1/deals/" + deal.id())
                        .json()
                        .path("company_id")
                        .isNull())
                .isTrue();
        assertThat(api.get("/api/v1/companies/" + company).status()).isEqualTo(404);
    }

    @Test
    void should_search_and_page_through_companies_by_name() {
        String tag = unique();
        for (String name : List.of("Cook", "Adams", "Baker")) {
            api.post("/api/v1/companies", "{\"name\": \"" + name + " " + tag + "\"}");
        }

        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = api.get(
                    "/api/v1/companies?q=" + tag + "&sort=name&limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json()
                    .path("items")
                    .forEach(item -> names.add(item.path("name").asString()));
            cursor = page.json().path("next_cursor").isNull()
                    ? null
                    : page.json().path("next_cursor").asString();
        } while (cursor != null);

        assertThat(names).containsExactly("Adams " + tag, "Baker " + tag, "Cook " + tag);
    }

    private static String unique() {
        return "c" + UUID.randomUUID().toString().substring(0, 8);
    }
}
