package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.deal;
import static dev.crmkit.examples.web.Bodies.pipeline;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@WebAppTest
class PipelinesApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_create_a_pipeline_with_the_default_stages_when_none_are_given() {
        Reply created = api.post("/api/v1/pipelines", pipeline("Sales"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode stages = created.json().path("stages");
        assertThat(stages).hasSize(6);
        assertThat(stages.get(0).path("key").asString()).isEqualTo("lead");
        assertThat(stages.get(0).path("probability").asInt()).isEqualTo(10);
        assertThat(stages.get(4).path("outcome").asString()).isEqualTo("won");
        assertThat(stages.get(5).path("position").asInt()).isEqualTo(5);
    }

    @Test
    void should_create_a_pipeline_with_its_own_stages_in_the_order_given() {
        Reply created = api.post("/api/v1/pipelines", """
                {"name": "Partners", "description": "Resellers", "stages": [
                  {"key": "intro", "name": "Introduction", "probability": 10, "outcome": "open"},
                  {"key": "signed", "name": "Signed", "probability": 100, "outcome": "won"}]}
                """);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("stages").get(1).path("key").asString()).isEqualTo("signed");
        assertThat(api.get("/api/v1/pipelines/" + created.id())
                        .json()
                        .path("description")
                        .asString())
                .isEqualTo("Resellers");
    }

    @Test
    void should_name_the_broken_stage_field_with_its_index() {
        Reply refused = api.post("/api/v1/pipelines", """
                {"name": "Bad", "stages": [
                  {"key": "ok", "name": "Fine", "probability": 10, "outcome": "open"},
                  {"key": "Bad Key!", "name": "Broken", "probability": 150, "outcome": "maybe"}]}
                """);

        assertThat(refused.status()).isEqualTo(400);
        JsonNode errors = refused.errors();
        assertThat(errors.path("stages[1].outcome").asString()).isEqualTo("must be one of open, won, lost");
        assertThat(errors.has("stages[1].probability") || errors.has("stages[1].key"))
                .isTrue();
    }

    @Test
    void should_name_each_stage_error_by_its_index_in_the_body_when_an_earlier_stage_was_refused() {
        long id = api.post("/api/v1/pipelines", Bodies.pipeline("Renumbered")).id();

        Reply refused = api.patch("/api/v1/pipelines/" + id, """
                {"stages": [
                  {"key": "first", "name": "First", "probability": 150, "outcome": "open"},
                  {"key": "twin", "name": "Twin", "probability": 10, "outcome": "open"},
                  {"key": "twin", "name": "Twin again", "probability": 20, "outcome": "open"}]}
                """);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errors().path("stages[0].probability").asString()).isEqualTo("must be between 0 and 100");
        assertThat(refused.errors().path("stages[2].key").asString())
                .contains("duplicates the key of an earlier stage");
        assertThat(refused.errors().has("stages[1].key")).as(refused.toString()).isFalse();
        assertThat(refused.errors().has("stages"))
                .as("the body's stages are not empty")
                .isFalse();
        assertThat(api.get("/api/v1/pipelines/" + id).json().path("stages").size())
                .as("nothing written")
                .isEqualTo(6);
    }

    @Test
    void should_say_a_stage_needs_a_probability_when_it_has_none() {
        Reply refused = api.post("/api/v1/pipelines", """
                {"name": "No odds", "stages": [{"key": "a", "name": "A"}, {"key": "b", "name": "B", "probability": null}]}
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("stages[0].probability").asString())
                .isEqualTo("is required: a whole number from 0 to 100");
        assertThat(refused.errors().path("stages[1].probability").asString())
                .isEqualTo("is required: a whole number from 0 to 100");
    }

    @Test
    void should_list_pipelines_sorted_by_name() {
        api.post("/api/v1/pipelines", pipeline("zz last"));
        api.post("/api/v1/pipelines", pipeline("AA first"));

        Reply list = api.get("/api/v1/pipelines?sort=name&limit=500");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("items").get(0).path("name").asString()).isEqualTo("AA first");
    }

    @Test
    void should_rename_on_patch_and_keep_the_stages() {
        long id = api.post("/api/v1/pipelines", pipeline("Old")).id();

        Reply patched = api.patch("/api/v1/pipelines/" + id, "{\"name\": \"New\"}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("name").asString()).isEqualTo("New");
        assertThat(patched.json().path("stages")).hasSize(6);
    }

    @Test
    void should_require_name_and_stages_on_put() {
        long id = api.post("/api/v1/pipelines", pipeline("Old")).id();

        Reply refused = api.put("/api/v1/pipelines/" + id, "{\"description\": \"only this\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("name").asString()).isEqualTo("must not be blank");
        assertThat(refused.errors().path("stages").asString()).isEqualTo("must not be empty");
    }

    @Test
    void should_replace_the_stages_on_put() {
        long id = api.post("/api/v1/pipelines", pipeline("Short")).id();

        Reply replaced = api.put("/api/v1/pipelines/" + id, """
                {"name": "Short", "stages": [{"key": "open", "name": "Open", "probability": 50, "outcome": "open"},
                                             {"key": "done", "name": "Done", "probability": 100, "outcome": "won"}]}
                """);

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("stages")).hasSize(2);
    }

    @Test
    void should_summarise_value_and_weighted_forecast_per_stage() {
        long id = api.post("/api/v1/pipelines", pipeline("Forecast")).id();
        api.post("/api/v1/deals", deal("A", id, "1000.00"));
        long proposal = api.post("/api/v1/deals", deal("B", id, "3000.00")).id();
        api.patch("/api/v1/deals/" + proposal, "{\"status\": \"proposal\"}");

        Reply summary = api.get("/api/v1/pipelines/" + id + "/summary");

        assertThat(summary.status()).isEqualTo(200);
        JsonNode json = summary.json();
        assertThat(json.path("open_deal_count").asLong()).isEqualTo(2);
        assertThat(json.path("open_value").get(0).path("amount").decimalValue()).isEqualByComparingTo("4000");
        assertThat(json.path("open_value").get(0).path("currency").asString()).isEqualTo("EUR");
        // 1000 × 10 % + 3000 × 50 %
        assertThat(json.path("weighted_forecast").get(0).path("amount").decimalValue())
                .isEqualByComparingTo("1600");
        assertThat(json.path("stages").get(2).path("deal_count").asLong()).isEqualTo(1);
    }

    @Test
    void should_refuse_to_delete_a_pipeline_that_holds_deals_with_409() {
        long id = api.post("/api/v1/pipelines", pipeline("Busy")).id();
        api.post("/api/v1/deals", deal("Keeps it busy", id, "10"));

        Reply refused = api.delete("/api/v1/pipelines/" + id);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asString()).contains("still holds 1 deal");
        assertThat(api.get("/api/v1/pipelines/" + id).status()).isEqualTo(200);
    }

    @Test
    void should_refuse_to_remove_a_stage_that_holds_deals_with_409() {
        long id = api.post("/api/v1/pipelines", pipeline("Stages in use")).id();
        api.post("/api/v1/deals", deal("In lead", id, "10"));

        Reply refused = api.patch("/api/v1/pipelines/" + id, """
                {"stages": [{"key": "other", "name": "Other", "probability": 50, "outcome": "open"}]}
                """);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("field").asString()).isEqualTo("stages");
    }

    @Test
    void should_delete_an_empty_pipeline() {
        long id = api.post("/api/v1/pipelines", pipeline("Empty")).id();

        assertThat(api.delete("/api/v1/pipelines/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/pipelines/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/pipelines/" + id + "/summary").status()).isEqualTo(404);
    }
}
