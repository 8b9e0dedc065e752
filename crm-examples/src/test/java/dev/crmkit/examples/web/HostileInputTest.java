package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The inputs of issue 10 that were answered 500 or hit the wrong record: each is a 4xx problem
 * naming what was wrong, and an id that is not plain digits names no record at all.
 */
@WebAppTest
class HostileInputTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private long aContact() {
        String email = "edge-" + System.nanoTime() + "@example.com";
        return api.post(
                        "/api/v1/contacts",
                        "{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\", \"email\": \"" + email + "\"}")
                .id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x%x", "+%d", "0%d", "%d;DROP", "%d.0", "%d%%20", " %d"})
    void should_answer_404_for_an_id_that_is_not_plain_digits_and_touch_no_record(String form) {
        long id = aContact();
        String path = "/api/v1/contacts/" + String.format(form, id).replace(" ", "%20");

        Reply delete = api.delete(path);
        Reply get = api.get(path);

        assertThat(delete.status()).as(delete.toString()).isEqualTo(404);
        assertThat(delete.contentType()).startsWith("application/problem+json");
        assertThat(get.status()).as(get.toString()).isEqualTo(404);
        assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e131072", "1e-999999999", "-1e131072", "1234567890123456.5"})
    void should_refuse_a_forged_cursor_carrying_an_amount_the_database_cannot_hold(String amount) {
        // The cursor format of crm-core's Cursors: base64url("c1\0<sort>\0<direction>\0V<value>\0<id>").
        String plain = String.join("\0", "c1", "amount", "ASC", "V" + amount, "1");
        String cursor = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(plain.getBytes(StandardCharsets.UTF_8));

        Reply page = api.get("/api/v1/deals?sort=amount&cursor=" + cursor);

        assertThat(page.status()).as(page.toString()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("application/problem+json");
        assertThat(page.errors().has("cursor")).as(page.toString()).isTrue();
    }

    @Test
    void should_refuse_a_non_number_amount_on_every_deal_write_naming_the_field() {
        long pipeline = api.post("/api/v1/pipelines", "{\"name\": \"Edges " + System.nanoTime() + "\"}")
                .id();
        long deal = api.post(
                        "/api/v1/deals",
                        "{\"title\": \"d\", \"amount\": \"25000.00\", \"pipeline_id\": " + pipeline + "}")
                .id();

        Reply post = api.post("/api/v1/deals", "{\"title\": \"d\", \"amount\": \"abc\"}");
        Reply put = api.put(
                "/api/v1/deals/" + deal,
                "{\"title\": \"d\", \"amount\": true, \"currency\": \"USD\"," + " \"pipeline_id\": " + pipeline
                        + ", \"status\": \"lead\"}");
        Reply patch = api.patch("/api/v1/deals/" + deal, "{\"amount\": {\"value\": 1}}");

        assertThat(deal).isPositive();
        for (Reply reply : new Reply[] {post, put, patch}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.errors().path("amount").asString()).startsWith("must be a decimal number");
        }
    }

    @Test
    void should_refuse_values_the_database_cannot_hold_naming_the_field() {
        Reply exponent = api.post("/api/v1/contacts", "{\"first_name\": 1e2147483648}");
        Reply amount = api.post("/api/v1/deals", "{\"title\": \"d\", \"amount\": \"1e999999999\"}");
        Reply due = api.post("/api/v1/tasks", "{\"title\": \"t\", \"due_date\": \"+5874898-01-01\"}");
        Reply ancient = api.post("/api/v1/tasks", "{\"title\": \"t\", \"due_date\": \"-4714-11-24\"}");
        Reply filter = api.get("/api/v1/deals?min_amount=1e-999999999");
        Reply huge = api.get("/api/v1/deals?max_amount=1e131072");
        Reply before = api.get("/api/v1/tasks?due_before=%2B5874898-01-01");

        assertThat(exponent.status()).as(exponent.toString()).isEqualTo(400);
        assertThat(exponent.json().path("type").asString()).isEqualTo("/problems/malformed-json");
        assertThat(amount.errors().path("amount").asString()).contains("15 digits");
        assertThat(due.errors().path("due_date").asString()).contains("9999-12-31");
        assertThat(ancient.errors().path("due_date").asString()).contains("0001-01-01");
        assertThat(filter.errors().path("min_amount").asString()).contains("4 after");
        assertThat(huge.errors().path("max_amount").asString()).contains("15 digits");
        assertThat(before.status()).as(before.toString()).isEqualTo(400);
    }

    @Test
    void should_refuse_control_characters_in_text_fields_naming_the_field_but_keep_tabs_and_newlines() {
        Reply bell = api.post(
                "/api/v1/contacts",
                "{\"first_name\": \"A\\u0007\", \"last_name\": \"B\", \"email\": \"bell@example.com\"}");
        Reply tab = api.post(
                "/api/v1/contacts",
                "{\"first_name\": \"A\", \"last_name\": \"B\", \"email\": \"tab-" + System.nanoTime()
                        + "@example.com\", \"notes\": \"one\\ttwo\\nthree\\r\\n\"}");

        assertThat(bell.status()).isEqualTo(400);
        assertThat(bell.errors().path("first_name").asString()).contains("control characters");
        assertThat(tab.status()).as(tab.toString()).isEqualTo(201);
        assertThat(tab.json().path("notes").asString()).startsWith("one\ttwo\nthree");
    }

    @Test
    void should_refuse_duplicate_keys_and_overlong_utf8_in_bodies() {
        Reply duplicate = api.post("/api/v1/contacts", "{\"first_name\": \"A\", \"first_name\": \"B\"}");
        // C0 AF is an overlong '/', E0 80 AF another; a lenient decoder turns both into a slash.
        byte[] overlong = "{\"first_name\": \"a\u0000\u0000b\"}".getBytes(StandardCharsets.UTF_8);
        overlong[17] = (byte) 0xC0;
        overlong[18] = (byte) 0xAF;
        Reply utf8 = api.send(api.request("/api/v1/contacts")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(overlong)));

        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(400);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(utf8.status()).as(utf8.toString()).isEqualTo(400);
        assertThat(utf8.contentType()).startsWith("application/problem+json");
    }

    @Test
    void should_refuse_unknown_query_parameters_naming_them() {
        Reply reply = api.get("/api/v1/deals?pipelineId=3&limit=5");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errors().path("pipelineId").asString()).contains("pipeline_id");
        assertThat(reply.errors().has("limit")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/search?q=ada&q=grace",
                "/api/v1/contacts?sort=id&sort=-id",
                "/api/v1/trash?kind=contact&kind=deal",
                "/api/v1/tasks?status=todo&status=completed",
                "/api/v1/contacts/export?q=ada&q="
            })
    void should_refuse_a_parameter_given_twice_naming_it_instead_of_joining_the_values(String path) {
        String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));

        Reply reply = api.get(path);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.errors().path(name).asString()).isEqualTo("is given 2 times; give it once");
    }

    @Test
    void should_take_a_repeatable_parameter_several_times() {
        Reply tags = api.get("/api/v1/contacts?tag=vip&tag=partner&limit=5");

        assertThat(tags.status()).as(tags.toString()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%", "q=%FF", "q=%C0%AF", "q=%zz", "q=a%00b", "cursor=%1"})
    void should_answer_400_naming_the_parameter_for_a_malformed_query_string(String query) throws IOException {
        String response = raw("GET /api/v1/contacts?" + query + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("\"errors\":{\"" + query.substring(0, query.indexOf('=')) + "\"");
    }

    @Test
    void should_answer_every_error_with_problem_details_413_405_trace_and_the_error_path_included() throws IOException {
        Reply tooLarge = api.post("/api/v1/contacts", "{\"notes\": \"" + "x".repeat(70_000) + "\"}");
        Reply error = api.get("/error");
        String trace = raw("TRACE /api/v1/contacts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().path("type").asString()).isEqualTo("/problems/body-too-large");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.contentType()).startsWith("application/problem+json");
        assertThat(trace)
                .startsWith("HTTP/1.1 405")
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"type\":\"/problems/method-not-allowed\"");
    }

    @Test
    void should_show_a_browser_an_html_error_page_and_a_client_problem_details() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        ApiClient user = ApiClient.loggedIn(port);
        Reply page = user.send(user.request("/contacts/abc").header("Accept", browser));
        Reply nowhere = user.send(user.request("/nothing-here").header("Accept", browser));
        Reply client = api.send(api.request("/api/v1/contacts/abc").header("Accept", "application/json"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("404");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.contentType()).startsWith("text/html");
        assertThat(nowhere.body()).contains("There is nothing at this address.").doesNotContain("static resource");
        assertThat(client.status()).isEqualTo(404);
        assertThat(client.contentType()).startsWith("application/problem+json");
    }

    @Test
    void should_name_the_fields_on_the_html_error_page_of_a_form_post_a_browser_made_without_them() {
        ApiClient user = ApiClient.loggedIn(port);
        long pipeline = crm.pipelines()
                .create(NewPipeline.of("Hostile " + UUID.randomUUID()))
                .id();
        user.get("/pipelines/" + pipeline + "/stages");

        Reply page = user.send(user.request("/pipelines/" + pipeline + "/stages")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "name=Renamed&_csrf=" + user.csrfToken().orElseThrow())));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body())
                .contains("The input breaks one or more rules.")
                .contains("<li>version is required</li>");
    }

    /** A request written byte for byte: java.net.URI refuses to carry {@code ?q=%} at all. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
