package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Mistakes at the HTTP level: every one is answered with problem details and a 4xx, never a 500. */
@WebAppTest
class ProtocolErrorsTest {

    /** The limit {@link WebAppTest} configures. */
    static final int LIMIT = 65536;

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_answer_405_with_problem_details_for_a_method_a_resource_does_not_have() {
        Reply reply = api.delete("/api/v1/contacts");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(405);
        assertThat(reply.header("Allow")).isPresent();
    }

    @Test
    void should_answer_415_for_a_body_that_is_not_json() {
        Reply reply = api.send(api.request("/api/v1/contacts")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("first_name=Ada")));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void should_give_springs_own_problems_the_stable_type_of_their_status() {
        Reply method = api.delete("/api/v1/contacts");
        Reply media = api.send(api.request("/api/v1/contacts")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("first_name=Ada")));
        Reply accept = api.send(api.request("/api/v1/contacts")
                .header("Accept", "application/xml")
                .GET());

        assertThat(method.json().path("type").asString()).isEqualTo("/problems/method-not-allowed");
        assertThat(media.json().path("type").asString()).isEqualTo("/problems/unsupported-media-type");
        assertThat(accept.status()).isEqualTo(406);
        assertThat(accept.json().path("type").asString()).isEqualTo("/problems/not-acceptable");
    }

    @Test
    void should_answer_400_for_malformed_json() {
        Reply reply = api.post("/api/v1/contacts", "{\"first_name\": \"Ada\",");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("type").asString()).isEqualTo("/problems/malformed-json");
        assertThat(reply.json().path("detail").asString()).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void should_answer_400_for_a_missing_body_and_for_a_body_that_is_not_an_object() {
        Reply empty = api.post("/api/v1/contacts", "");
        Reply array = api.post("/api/v1/contacts", "[1, 2]");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("detail").asString()).isEqualTo("The request needs a JSON body.");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.errors().path("body").asString()).isEqualTo("must be a JSON object");
    }

    @Test
    void should_answer_413_for_a_body_declared_larger_than_the_limit() {
        Reply reply = api.post("/api/v1/contacts", "{\"notes\": \"" + "x".repeat(LIMIT) + "\"}");

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(413);
    }

    @Test
    void should_answer_413_for_a_chunked_body_that_grows_past_the_limit() {
        byte[] body = ("{\"notes\": \"" + "x".repeat(LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);

        // An input stream publisher has no length, so the JDK client sends the body chunked.
        Reply reply = api.send(api.request("/api/v1/contacts")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().path("type").asString()).isEqualTo("/problems/body-too-large");
    }

    @Test
    void should_answer_404_with_problem_details_for_an_unknown_api_path() {
        Reply reply = api.get("/api/v1/nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asString()).isEqualTo("There is nothing at this address.");
    }

    static Stream<Arguments> clientMistakes() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/contacts/-1", null),
                Arguments.of("GET", "/api/v1/contacts/99999999999999999999", null),
                Arguments.of("GET", "/api/v1/contacts?limit=-5", null),
                Arguments.of("GET", "/api/v1/contacts?cursor=%00%01", null),
                Arguments.of("GET", "/api/v1/contacts?q=" + "q".repeat(5000), null),
                Arguments.of("GET", "/api/v1/deals?pipeline_id=x", null),
                Arguments.of("GET", "/api/v1/deals?status=" + "s".repeat(100), null),
                Arguments.of("GET", "/api/v1/tasks?due_after=2026-02-01&due_before=2026-01-01", null),
                Arguments.of("POST", "/api/v1/contacts", "null"),
                Arguments.of("POST", "/api/v1/contacts", "\"just a string\""),
                Arguments.of("POST", "/api/v1/contacts", "{\"first_name\": {\"nested\": true}}"),
                Arguments.of(
                        "POST",
                        "/api/v1/contacts",
                        "{\"first_name\": \"A\u0000B\", \"last_name\": \"x\", \"email\": \"a@b.co\"}"),
                Arguments.of("POST", "/api/v1/deals", "{\"title\": \"x\", \"amount\": 1e400}"),
                Arguments.of("POST", "/api/v1/deals", "{\"title\": \"x\", \"amount\": 99999999999999999999.99}"),
                Arguments.of("POST", "/api/v1/deals", "{\"title\": \"x\", \"amount\": -5}"),
                Arguments.of("POST", "/api/v1/deals", "{\"title\": \"x\", \"pipeline_id\": 1.5}"),
                Arguments.of("POST", "/api/v1/deals", "{\"title\": \"x\", \"pipeline_id\": 99999999}"),
                Arguments.of("POST", "/api/v1/deals", "{\"title\": \"x\", \"expected_close_date\": \"2026-02-30\"}"),
                Arguments.of("POST", "/api/v1/pipelines", "{\"name\": \"x\", \"stages\": [null, 3]}"),
                Arguments.of("POST", "/api/v1/pipelines", "{\"name\": \"x\", \"stages\": {}}"),
                Arguments.of(
                        "POST",
                        "/api/v1/pipelines",
                        "{\"name\": \"x\", \"stages\": [{\"key\": \"a\", \"name\": \"A\", \"probability\": 1, \"outcome\": \"won\"}]}"),
                Arguments.of("POST", "/api/v1/tasks", "{\"title\": \"x\", \"deal_id\": -3}"),
                Arguments.of("PATCH", "/api/v1/tasks/1", "{\"version\": \"one\"}"),
                Arguments.of("PATCH", "/api/v1/contacts/1", "{\"email\": null}"),
                Arguments.of("POST", "/api/v1/chat", "{\"message\": 42}"),
                Arguments.of("POST", "/api/v1/chat", "{\"message\": \"hi\", \"model\": \"gpt\"}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("clientMistakes")
    void should_answer_a_client_mistake_with_a_4xx_problem_never_a_500(String method, String path, String body) {
        HttpRequest.Builder request = api.request(path).header("Content-Type", "application/json");
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));

        Reply reply = api.send(request);

        assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
    }

    @Test
    void should_serve_the_openapi_description_and_its_docs_page_from_the_jar() {
        Reply description = api.get("/v3/api-docs");
        Reply docs = api.get("/swagger-ui/index.html");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.json().path("paths").has("/api/v1/contacts/{id}"))
                .isTrue();
        assertThat(description.json().path("paths").has("/api/v1/pipelines/{id}/summary"))
                .isTrue();
        assertThat(description
                        .json()
                        .path("components")
                        .path("schemas")
                        .path("ContactJson")
                        .path("properties")
                        .has("first_name"))
                .isTrue();
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui");
        assertThat(api.get("/docs").header("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/swagger-ui/index.html"));
    }

    @Test
    void should_name_each_resource_with_its_article_in_the_operation_summaries() {
        JsonNode paths = api.get("/v3/api-docs").json().path("paths");

        assertThat(paths.path("/api/v1/activities/{id}")
                        .path("get")
                        .path("summary")
                        .asString())
                .isEqualTo("Get an activity");
        assertThat(paths.path("/api/v1/activities").path("post").path("summary").asString())
                .isEqualTo("Create an activity");
        assertThat(paths.path("/api/v1/contacts/{id}")
                        .path("delete")
                        .path("summary")
                        .asString())
                .isEqualTo("Delete a contact");
    }
}
