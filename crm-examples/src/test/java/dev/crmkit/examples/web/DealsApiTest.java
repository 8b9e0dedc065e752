package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static dev.crmkit.examples.web.Bodies.deal;
import static dev.crmkit.examples.web.Bodies.pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@WebAppTest
class DealsApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    long pipelineId;

    @BeforeEach
    void aPipeline() {
        api = new ApiClient(port);
        pipelineId = api.post("/api/v1/pipelines", pipeline("Deals test")).id();
    }

    @Test
    void should_create_a_deal_in_the_first_open_stage_with_an_exact_amount() {
        long contactId = api.post("/api/v1/contacts", aContact()).id();

        Reply created = api.post("/api/v1/deals", """
                {"title": "Licence", "pipeline_id": %d, "contact_id": %d, "amount": "1250.10", "currency": "eur",
                 "expected_close_date": "2026-04-30"}
                """.formatted(pipelineId, contactId));

        assertThat(created.status()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.path("status").asString()).isEqualTo("lead");
        assertThat(json.path("amount").decimalValue()).isEqualByComparingTo("1250.10");
        assertThat(created.body()).contains("\"amount\":1250.10,");
        assertThat(json.path("currency").asString()).isEqualTo("EUR");
        assertThat(json.path("contact_id").asLong()).isEqualTo(contactId);
        assertThat(json.path("expected_close_date").asString()).isEqualTo("2026-04-30");
        assertThat(json.path("is_closed").asBoolean()).isFalse();
    }

    @Test
    void should_close_a_deal_moved_to_a_won_stage_and_reopen_it_when_moved_back() {
        long id = api.post("/api/v1/deals", deal("Win me", pipelineId, "10")).id();

        Reply won = api.patch("/api/v1/deals/" + id, "{\"status\": \"won\"}");
        Reply reopened = api.patch("/api/v1/deals/" + id, "{\"status\": \"negotiation\"}");

        assertThat(won.json().path("is_closed").asBoolean()).isTrue();
        assertThat(won.json().path("closed_at").isNull()).isFalse();
        assertThat(reopened.json().path("closed_at").isNull()).isTrue();
    }

    @Test
    void should_refuse_a_status_that_is_not_a_stage_of_the_pipeline() {
        long id = api.post("/api/v1/deals", deal("Lost in space", pipelineId, "10"))
                .id();

        Reply refused = api.patch("/api/v1/deals/" + id, "{\"status\": \"orbit\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("status").asString()).contains("lead, qualified, proposal");
    }

    @Test
    void should_refuse_to_list_deals_by_a_status_no_pipeline_has() {
        Reply refused = api.get("/api/v1/deals?status=nope");
        Reply known = api.get("/api/v1/deals?status=lead");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        // the keys of every pipeline in the shared app, whose order depends on the test classes run before
        assertThat(refused.errors().path("status").asString())
                .startsWith("must be the key of a stage of a pipeline: ")
                .contains("lead", "qualified", "proposal")
                .doesNotContain("nope");
        assertThat(known.status()).as(known.toString()).isEqualTo(200);
    }

    @Test
    void should_refuse_an_amount_with_more_decimals_than_its_currency_has() {
        Reply refused = api.post("/api/v1/deals", """
                {"title": "Cents", "pipeline_id": %d, "amount": 1.234, "currency": "USD"}
                """.formatted(pipelineId));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("amount").asString()).isEqualTo("must have at most 2 decimal places for USD");
    }

    @Test
    void should_keep_every_digit_of_a_large_amount_sent_as_a_json_number() {
        Reply created = api.post("/api/v1/deals", """
                {"title": "Big", "pipeline_id": %d, "amount": 123456789012345.67, "currency": "USD"}
                """.formatted(pipelineId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).contains("\"amount\":123456789012345.67,");
    }

    @Test
    void should_name_a_contact_that_does_not_exist() {
        Reply refused = api.post("/api/v1/deals", """
                {"title": "Ghost", "pipeline_id": %d, "contact_id": 99999999}
                """.formatted(pipelineId));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("contact_id").asString()).isEqualTo("no contact with id 99999999");
    }

    @Test
    void should_filter_deals_by_pipeline_and_outcome() {
        long open =
                api.post("/api/v1/deals", deal("Open one", pipelineId, "10")).id();
        long won = api.post("/api/v1/deals", deal("Won one", pipelineId, "20")).id();
        api.patch("/api/v1/deals/" + won, "{\"status\": \"won\"}");

        Reply list = api.get("/api/v1/deals?pipeline_id=" + pipelineId + "&outcome=open&sort=-amount");

        List<Long> ids = new ArrayList<>();
        list.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
        assertThat(ids).containsExactly(open);
    }

    @Test
    void should_filter_deals_by_amount_range() {
        api.post("/api/v1/deals", deal("Small", pipelineId, "5"));
        long big = api.post("/api/v1/deals", deal("Big", pipelineId, "5000")).id();

        Reply list = api.get("/api/v1/deals?pipeline_id=" + pipelineId + "&min_amount=100&max_amount=9999.99");

        assertThat(list.json().path("items")).hasSize(1);
        assertThat(list.json().path("items").get(0).path("id").asLong()).isEqualTo(big);
    }

    @Test
    void should_refuse_bad_deal_filters_with_400() {
        assertThat(api.get("/api/v1/deals?outcome=maybe")
                        .errors()
                        .path("outcome")
                        .asString())
                .isEqualTo("must be one of open, won, lost");
        assertThat(api.get("/api/v1/deals?min_amount=lots")
                        .errors()
                        .path("min_amount")
                        .asString())
                .isEqualTo("must be a number such as 1250.50");
        assertThat(api.get("/api/v1/deals?min_amount=10&max_amount=1")
                        .errors()
                        .path("min_amount")
                        .asString())
                .as("names the other bound as the address spells it")
                .isEqualTo("must not be greater than max_amount");
        assertThat(api.get("/api/v1/deals?min_amount=10&max_amount=1&currency=XXXX")
                        .errors()
                        .propertyNames())
                .as("the other errors kept")
                .containsExactlyInAnyOrder("min_amount", "currency");
        assertThat(api.get("/api/v1/deals?currency=XXXX")
                        .errors()
                        .path("currency")
                        .asString())
                .contains("ISO 4217");
        assertThat(api.get("/api/v1/deals?sort=-probability").errors().has("sort"))
                .isTrue();
    }

    @Test
    void should_replace_a_deal_on_put_and_refuse_a_put_missing_required_fields() {
        long id = api.post("/api/v1/deals", deal("Before", pipelineId, "10")).id();

        Reply replaced = api.put("/api/v1/deals/" + id, """
                {"title": "After", "amount": 20, "currency": "USD", "pipeline_id": %d, "status": "proposal"}
                """.formatted(pipelineId));
        Reply refused = api.put("/api/v1/deals/" + id, "{\"title\": \"Only a title\"}");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("title").asString()).isEqualTo("After");
        assertThat(replaced.json().path("currency").asString()).isEqualTo("USD");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("amount").asString()).isEqualTo("must not be empty");
        assertThat(refused.errors().path("pipeline_id").asString()).isEqualTo("must not be empty");
    }

    @Test
    void should_delete_a_deal() {
        long id = api.post("/api/v1/deals", deal("Doomed", pipelineId, "1")).id();

        assertThat(api.delete("/api/v1/deals/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/deals/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/deals/" + id).status()).isEqualTo(404);
    }
}
