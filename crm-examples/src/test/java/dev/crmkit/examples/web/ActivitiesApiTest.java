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
class ActivitiesApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_log_a_call_on_a_contact_and_read_it_back() {
        long contact = api.post("/api/v1/contacts", aContact()).id();

        Reply created = api.post(
                "/api/v1/activities",
                ("{\"type\": \"call\", \"subject\": \"Intro\", \"body\": \"a\\nb\", \"occurred_at\":"
                                + " \"2026-02-03T10:00:00Z\", \"duration_seconds\": 900, \"contact_id\": %d}")
                        .formatted(contact));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("type").asString()).isEqualTo("call");
        assertThat(created.json().path("body").asString()).isEqualTo("a\nb");
        assertThat(created.json().path("duration_seconds").asLong()).isEqualTo(900);
        Reply read = api.get("/api/v1/activities/" + created.id());
        assertThat(read.json().path("occurred_at").asString()).isEqualTo("2026-02-03T10:00:00Z");
        assertThat(ids("/api/v1/activities?contact_id=" + contact + "&type=call"))
                .containsExactly(created.id());
    }

    @Test
    void should_answer_every_field_error_at_once() {
        Reply refused = api.post(
                "/api/v1/activities", "{\"type\": \"fax\", \"subject\": \"\", \"occurred_at\": \"yesterday\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("type", "occurred_at");
    }

    @Test
    void should_name_duration_seconds_when_a_duration_is_refused() {
        long contact = api.post("/api/v1/contacts", aContact()).id();
        String negative = "{\"type\": \"call\", \"subject\": \"Intro\", \"duration_seconds\": -3," + " \"contact_id\": "
                + contact + "}";

        Reply created = api.post("/api/v1/activities", negative);
        long activity =
                api.post("/api/v1/activities", negative.replace("-3", "60")).id();
        Reply patched = api.patch("/api/v1/activities/" + activity, "{\"duration_seconds\": -3}");

        assertThat(created.status()).isEqualTo(400);
        assertThat(created.errors().propertyNames())
                .as("the field the client sent, not crm-core's duration")
                .containsExactly("duration_seconds");
        assertThat(created.errors().path("duration_seconds").asString())
                .as("the bound in the unit the client sends")
                .contains("604800 seconds");
        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.errors().propertyNames()).containsExactly("duration_seconds");
    }

    @Test
    void should_show_a_deals_timeline_newest_first_and_page_it() {
        long pipelineId = api.post("/api/v1/pipelines", pipeline("Timeline")).id();
        long dealId =
                api.post("/api/v1/deals", deal("Big one", pipelineId, "100")).id();
        api.patch("/api/v1/deals/" + dealId, "{\"status\": \"qualified\"}");
        long note = api.post(
                        "/api/v1/activities",
                        "{\"type\": \"note\", \"subject\": \"Later\", \"occurred_at\": \"2999-01-01T00:00:00Z\","
                                + " \"deal_id\": " + dealId + "}")
                .id();

        Reply first = api.get("/api/v1/deals/" + dealId + "/timeline?limit=2");

        assertThat(first.status()).isEqualTo(200);
        JsonNode items = first.json().path("items");
        assertThat(items.get(0).path("source").asString()).isEqualTo("activity");
        assertThat(items.get(0).path("activity").path("id").asLong()).isEqualTo(note);
        assertThat(items.get(1).path("stage_change").path("to_stage").asString())
                .isEqualTo("qualified");
        String cursor = first.json().path("next_cursor").asString();
        Reply second = api.get("/api/v1/deals/" + dealId + "/timeline?limit=2&cursor=" + cursor);
        assertThat(second.json()
                        .path("items")
                        .get(0)
                        .path("stage_change")
                        .path("to_stage")
                        .asString())
                .isEqualTo("lead");
        assertThat(second.json().path("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/v1/contacts/999999/timeline").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deals/" + dealId + "/timeline?cursor=forged")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void should_show_a_companys_timeline_and_answer_404_for_an_unknown_company() {
        long company =
                api.post("/api/v1/companies", "{\"name\": \"Timeline Co\"}").id();
        long call = api.post(
                        "/api/v1/activities",
                        "{\"type\": \"call\", \"subject\": \"Renewal\", \"company_id\": " + company + "}")
                .id();

        Reply timeline = api.get("/api/v1/companies/" + company + "/timeline");

        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.json()
                        .path("items")
                        .get(0)
                        .path("activity")
                        .path("id")
                        .asLong())
                .isEqualTo(call);
        assertThat(api.get("/api/v1/companies/999999/timeline").status()).isEqualTo(404);
    }

    private List<Long> ids(String path) {
        List<Long> ids = new ArrayList<>();
        api.get(path)
                .json()
                .path("items")
                .forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
