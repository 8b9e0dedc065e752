package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** One search: {@code GET /api/v1/search} and the {@code /search} page behind every page's search box. */
@WebAppTest
class SearchTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    String word;
    Contact contact;
    Deal deal;
    Pipeline pipeline;

    @BeforeEach
    void records() {
        word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        pipeline = crm.pipelines().create(NewPipeline.of("Search " + word));
        contact = crm.contacts().create(NewContact.of("Ada", word, word + "@example.com"));
        deal = crm.deals()
                .create(NewDeal.builder(word + " licence")
                        .pipelineId(pipeline.id())
                        .amount("1250")
                        .currency("EUR")
                        .build());
    }

    @Test
    void should_answer_ranked_hits_of_contacts_and_deals() {
        Reply reply = new ApiClient(port).get("/api/v1/search?q=" + word.toUpperCase() + "&limit=5");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode items = reply.json().path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("kind").asString()).isEqualTo("deal");
        assertThat(items.get(0).path("id").asLong()).isEqualTo(deal.id());
        assertThat(items.get(0).path("score").asInt()).isEqualTo(300);
        assertThat(items.get(0).path("subtitle").asString()).isEqualTo("1250.00 EUR · lead");
        assertThat(items.get(0).path("href").asString()).isEqualTo("/api/v1/deals/" + deal.id());
        assertThat(items.get(1).path("kind").asString()).isEqualTo("contact");
        assertThat(items.get(1).path("title").asString()).isEqualTo("Ada " + word);
        assertThat(items.get(1).path("score").asInt()).isEqualTo(200);
        assertThat(reply.json().path("query").asString()).isEqualTo(word.toUpperCase());
    }

    @Test
    void should_find_a_company_by_name_and_domain_and_link_to_its_page() {
        Company company =
                crm.companies().create(NewCompany.of(word + " Industries").withDomain(word + ".example"));

        JsonNode items = new ApiClient(port)
                .get("/api/v1/search?q=" + word + ".example")
                .json()
                .path("items");
        String page = ApiClient.loggedIn(port).get("/search?q=" + word).body();

        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("kind").asString()).isEqualTo("company");
        assertThat(items.get(0).path("score").asInt()).isEqualTo(400);
        assertThat(items.get(0).path("subtitle").asString()).isEqualTo(word + ".example");
        assertThat(items.get(0).path("href").asString()).isEqualTo("/api/v1/companies/" + company.id());
        assertThat(page)
                .contains("href=\"/companies/" + company.id() + "\">" + word + " Industries</a>")
                .contains("data-kind=\"company\"");
    }

    @Test
    void should_refuse_a_blank_or_too_long_query_and_a_bad_limit_as_problems() {
        ApiClient api = new ApiClient(port);

        Reply blank = api.get("/api/v1/search?q=%20");
        Reply missing = api.get("/api/v1/search");
        Reply tooLong = api.get("/api/v1/search?q=" + "x".repeat(101));
        Reply badLimit = api.get("/api/v1/search?q=ada&limit=51");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.errors().path("q").asString()).isEqualTo("must not be blank");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errors().has("q")).isTrue();
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.errors().path("limit").asString()).isEqualTo("must be between 1 and 50");
    }

    @Test
    void should_offer_a_search_box_on_every_page_and_list_the_hits_with_links() {
        ApiClient browser = ApiClient.loggedIn(port);

        String dashboard = browser.get("/").body();
        String contacts = browser.get("/contacts").body();
        Reply results = browser.get("/search?q=" + word);

        assertThat(dashboard).contains("id=\"nav-search\"");
        assertThat(contacts).contains("id=\"nav-search\"");
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body())
                .contains("href=\"/deals/" + deal.id() + "\">" + word + " licence</a>")
                .contains("href=\"/contacts/" + contact.id() + "\">Ada " + word + "</a>")
                .contains("value=\"" + word + "\"");
        assertThat(browser.get("/search?q=nothing" + word).body()).contains("id=\"no-results\"");
        assertThat(browser.get("/search?q=" + "x".repeat(101)).status()).isEqualTo(400);
    }
}
