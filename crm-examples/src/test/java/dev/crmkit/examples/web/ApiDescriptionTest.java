package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description lists the answers the operations really give: a client generator reads
 * the status codes, headers and parameters from it, so each answer here is checked against it.
 */
@WebAppTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    @Autowired
    AppUsers users;

    ApiClient api;
    JsonNode paths;
    String tag;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        paths = api.get("/v3/api-docs").json().path("paths");
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void should_describe_the_trash_purge_as_the_204_it_answers() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "Lovelace", tag + "@example.com"));
        crm.contacts().deleteById(contact.id());

        Reply purge = api.delete("/api/v1/trash/contact/" + contact.id());
        JsonNode responses =
                paths.path("/api/v1/trash/{kind}/{id}").path("delete").path("responses");

        assertThat(purge.status()).as(purge.toString()).isEqualTo(204);
        assertThat(responses.has("204")).as(responses.toString()).isTrue();
        assertThat(responses.has("200")).as(responses.toString()).isFalse();
    }

    @Test
    void should_describe_the_403_a_readonly_user_gets_on_every_write() {
        users.create("ro-" + tag, "password-" + tag, Role.READONLY);
        Reply refused = ApiClient.basic(port, "ro-" + tag, "password-" + tag)
                .post("/api/v1/pipelines", Bodies.pipeline("RO " + tag));
        List<String> undescribed = new ArrayList<>();
        paths.properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (!operation.getKey().equals("get")
                            && !operation.getValue().path("responses").has("403")) {
                        undescribed.add(operation.getKey() + " " + path.getKey());
                    }
                }));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(undescribed).isEmpty();
    }

    @Test
    void should_describe_the_404_of_a_merge_naming_a_record_that_does_not_exist() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "Lovelace", tag + "@example.com"));

        Reply merge = api.post(
                "/api/v1/contacts/merge",
                "{\"survivor_id\": " + contact.id() + ", \"records\": [{\"id\": " + contact.id()
                        + ", \"version\": 0}, {\"id\": 999999999, \"version\": 0}]}");

        assertThat(merge.status()).as(merge.toString()).isEqualTo(404);
        assertThat(paths.path("/api/v1/contacts/merge")
                        .path("post")
                        .path("responses")
                        .has("404"))
                .isTrue();
        assertThat(paths.path("/api/v1/companies/merge")
                        .path("post")
                        .path("responses")
                        .has("404"))
                .isTrue();
        assertThat(paths.path("/api/v1/chat").path("post").path("responses").has("404"))
                .as("another user's conversation")
                .isTrue();
    }

    @Test
    void should_promise_an_etag_only_where_the_answer_sends_one() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "Lovelace", tag + "@example.com"));
        api.patch("/api/v1/contacts/" + contact.id(), "{\"tags\": [\"etag-" + tag + "\"]}");
        long tagId = 0;
        for (JsonNode each : api.get("/api/v1/tags").json().path("items")) {
            if (each.path("name").asString().equals("etag-" + tag)) {
                tagId = each.path("id").asLong();
            }
        }

        Reply tagReply = api.get("/api/v1/tags/" + tagId);
        Reply contactReply = api.get("/api/v1/contacts/" + contact.id());

        assertThat(tagReply.status()).as(tagReply.toString()).isEqualTo(200);
        assertThat(tagReply.header("ETag")).isEmpty();
        assertThat(paths.path("/api/v1/tags/{id}")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .has("headers"))
                .as("a tag has no version: no ETag is promised")
                .isFalse();
        assertThat(contactReply.header("ETag")).isPresent();
        assertThat(paths.path("/api/v1/contacts/{id}")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("headers")
                        .has("ETag"))
                .isTrue();
    }

    @Test
    void should_describe_the_media_types_the_exports_and_imports_answer_with() {
        Reply csv = api.get("/api/v1/contacts/export?format=csv");
        Reply jsonl = api.get("/api/v1/contacts/export?format=jsonl");
        JsonNode export = paths.path("/api/v1/contacts/export")
                .path("get")
                .path("responses")
                .path("200");
        JsonNode job =
                paths.path("/api/v1/imports/{id}").path("get").path("responses").path("200");
        JsonNode errors = paths.path("/api/v1/imports/{id}/errors")
                .path("get")
                .path("responses")
                .path("200");

        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        assertThat(export.path("content").has("text/csv")).as(export.toString()).isTrue();
        assertThat(export.path("content").has("application/x-ndjson"))
                .as(export.toString())
                .isTrue();
        assertThat(export.path("content").has("*/*")).as(export.toString()).isFalse();
        assertThat(job.path("content").has("application/json"))
                .as(job.toString())
                .isTrue();
        assertThat(errors.path("content").has("text/csv")).as(errors.toString()).isTrue();
        assertThat(api.get("/v3/api-docs")
                        .json()
                        .path("components")
                        .path("schemas")
                        .has("StreamingResponseBody"))
                .as("a Java type is no schema of the API")
                .isFalse();
    }

    @Test
    void should_describe_the_409_of_an_error_csv_not_ready_yet() {
        assertThat(paths.path("/api/v1/imports/{id}/errors")
                        .path("get")
                        .path("responses")
                        .has("409"))
                .isTrue();
    }

    @Test
    void should_not_offer_an_idempotency_key_on_the_chat_stream_which_refuses_it() {
        JsonNode stream = paths.path("/api/v1/chat/stream").path("post");
        List<String> parameters = new ArrayList<>();
        stream.path("parameters")
                .forEach(parameter -> parameters.add(parameter.path("name").asString()));

        assertThat(parameters).doesNotContain("Idempotency-Key");
        assertThat(stream.path("responses").has("422")).isFalse();
        assertThat(paths.path("/api/v1/chat").path("post").path("parameters").toString())
                .contains("Idempotency-Key");
    }
}
