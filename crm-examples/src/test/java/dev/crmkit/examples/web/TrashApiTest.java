package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/trash}, {@code POST /api/v1/{resource}/{id}/restore}, {@code DELETE /api/v1/trash/{kind}/{id}}. */
@WebAppTest
class TrashApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String suffix;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void should_list_a_deleted_contact_and_restore_it_with_its_id() {
        long id = contact("ada-" + suffix + "@example.com");
        assertThat(api.delete("/api/v1/contacts/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(404);

        JsonNode entry = entry("contact", id);
        assertThat(entry.path("label").asString()).contains("ada-" + suffix + "@example.com");
        assertThat(entry.path("restore").asString()).isEqualTo("/api/v1/contacts/" + id + "/restore");

        Reply restored = api.post("/api/v1/contacts/" + id + "/restore", "");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().path("id").asLong()).isEqualTo(id);
        assertThat(api.get("/api/v1/contacts/" + id).json().path("email").asString())
                .isEqualTo("ada-" + suffix + "@example.com");
        assertThat(api.post("/api/v1/contacts/" + id + "/restore", "").status()).isEqualTo(404);
    }

    @Test
    void should_count_the_entries_when_total_is_asked_as_the_other_lists_do() {
        long first = contact("count-a-" + suffix + "@example.com");
        long second = contact("count-b-" + suffix + "@example.com");
        api.delete("/api/v1/contacts/" + first);
        api.delete("/api/v1/contacts/" + second);

        Reply counted = api.get("/api/v1/trash?kind=contact&limit=1&total=true");
        Reply all = api.get("/api/v1/trash?kind=contact&limit=500");
        Reply uncounted = api.get("/api/v1/trash?kind=contact&limit=1");

        assertThat(counted.status()).as(counted.body()).isEqualTo(200);
        assertThat(counted.json().path("items")).hasSize(1);
        assertThat(counted.json().path("total").asLong())
                .isEqualTo(all.json().path("items").size())
                .isGreaterThanOrEqualTo(2);
        assertThat(uncounted.json().path("total").isNull()).isTrue();
    }

    @Test
    void should_answer_409_naming_the_contact_that_took_the_email() {
        String email = "taken-" + suffix + "@example.com";
        long first = contact(email);
        api.delete("/api/v1/contacts/" + first);
        long second = contact(email);

        Reply refused = api.post("/api/v1/contacts/" + first + "/restore", "");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("conflicting_id").asLong()).isEqualTo(second);
        assertThat(refused.body()).contains("email");
    }

    @Test
    void should_answer_409_naming_the_deleted_pipeline_of_a_deal_then_restore_both_in_order() {
        Reply pipeline = api.post("/api/v1/pipelines", "{\"name\": \"Gone " + suffix + "\"}");
        long pipelineId = pipeline.id();
        long dealId = api.post(
                        "/api/v1/deals",
                        "{\"title\": \"Orphan\", \"status\": \"lead\", \"pipeline_id\": " + pipelineId
                                + ", \"amount\": \"10.00\", \"currency\": \"EUR\"}")
                .id();
        assertThat(api.delete("/api/v1/deals/" + dealId).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/pipelines/" + pipelineId).status()).isEqualTo(204);

        Reply refused = api.post("/api/v1/deals/" + dealId + "/restore", "");
        Reply pipelineBack = api.post("/api/v1/pipelines/" + pipelineId + "/restore", "");
        Reply dealBack = api.post("/api/v1/deals/" + dealId + "/restore", "");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("conflicting_id").asLong()).isEqualTo(pipelineId);
        assertThat(refused.errors().path("pipeline_id").asString())
                .isEqualTo("deal " + dealId + " cannot be restored: its pipeline " + pipelineId
                        + " is in the trash: restore pipeline " + pipelineId + " first");
        assertThat(pipelineBack.status()).as(pipelineBack.body()).isEqualTo(200);
        assertThat(dealBack.status()).as(dealBack.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/deals/" + dealId).json().path("pipeline_id").asLong())
                .isEqualTo(pipelineId);
    }

    @Test
    void should_purge_an_entry_and_refuse_bad_kinds_and_limits_with_400() {
        long id = contact("purge-" + suffix + "@example.com");
        api.delete("/api/v1/contacts/" + id);

        assertThat(api.delete("/api/v1/trash/contact/" + id).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/trash/contact/" + id).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/v1/trash?kind=contact&limit=500").json())).doesNotContain(id);
        Reply badKind = api.get("/api/v1/trash?kind=tag");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.body()).contains("kind");
        Reply badResource = api.post("/api/v1/tags/1/restore", "");
        assertThat(badResource.status()).isEqualTo(400);
        assertThat(badResource.body()).contains("resource");
        Reply badLimit = api.get("/api/v1/trash?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit");
        Reply badCursor = api.get("/api/v1/trash?cursor=nope");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.body()).contains("cursor");
    }

    private long contact(String email) {
        Reply created = api.post(
                "/api/v1/contacts",
                "{\"first_name\": \"Ada\", \"last_name\": \"Trash\", \"email\": \"" + email + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private JsonNode entry(String kind, long id) {
        for (JsonNode item :
                api.get("/api/v1/trash?kind=" + kind + "&limit=500").json().path("items")) {
            if (item.path("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " " + id + " in the trash");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
