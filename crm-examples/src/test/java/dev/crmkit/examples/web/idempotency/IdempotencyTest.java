package dev.crmkit.examples.web.idempotency;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.examples.web.ApiClient;
import dev.crmkit.examples.web.ApiClient.Reply;
import dev.crmkit.examples.web.Bodies;
import dev.crmkit.examples.web.WebAppTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@code Idempotency-Key} on the API's POSTs, over H2 with the JPA adapter: a retry replays the
 * first answer and writes nothing; another request under the same key is 422; a key in use is 409;
 * keys expire after {@code crm.idempotency.ttl} and are purged. Time is a {@link MutableClock}.
 */
@WebAppTest
@Import(IdempotencyTest.Clocked.class)
class IdempotencyTest {

    @TestConfiguration
    static class Clocked {
        @Bean
        MutableClock clock() {
            return MutableClock.atDefaultStart();
        }
    }

    @LocalServerPort
    private int port;

    @Autowired
    private MutableClock clock;

    @Autowired
    private IdempotencyStore store;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_replay_the_first_answer_to_a_retry_and_create_one_contact() {
        String key = newKey();
        String email = uniqueEmail("once");
        String body = Bodies.contact("Ada", "Lovelace", email);

        Reply first = post("/api/v1/contacts", key, body);
        Reply retry = post("/api/v1/contacts", key, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER)).contains("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isPresent();
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(contactsWithEmail(email)).isEqualTo(1);
    }

    @Test
    void should_replay_a_refusal_too_as_the_answer_to_that_request() {
        String key = newKey();
        String invalid = "{\"first_name\": \"\", \"last_name\": \"Lovelace\", \"email\": \"not-an-email\"}";

        Reply first = post("/api/v1/contacts", key, invalid);
        Reply retry = post("/api/v1/contacts", key, invalid);

        assertThat(first.status()).isEqualTo(400);
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER)).contains("true");
        assertThat(retry.contentType()).isEqualTo("application/problem+json");
        assertThat(retry.errors().has("email")).isTrue();
    }

    @Test
    void should_refuse_the_same_key_with_another_body_with_422_naming_the_header() {
        String key = newKey();
        String email = uniqueEmail("first");
        assertThat(post("/api/v1/contacts", key, Bodies.contact("Ada", "Lovelace", email))
                        .status())
                .isEqualTo(201);

        Reply other = post("/api/v1/contacts", key, Bodies.contact("Grace", "Hopper", uniqueEmail("second")));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.json().path("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        assertThat(other.errors().has("Idempotency-Key")).isTrue();
        assertThat(contactsWithEmail(email)).isEqualTo(1);
    }

    @Test
    void should_refuse_the_same_key_on_another_endpoint() {
        String key = newKey();
        assertThat(post("/api/v1/pipelines", key, Bodies.pipeline("Keyed")).status())
                .isEqualTo(201);

        assertThat(post("/api/v1/tasks", key, Bodies.task("Keyed")).status()).isEqualTo(422);
    }

    @Test
    void should_answer_409_with_retry_after_while_a_request_with_the_key_is_running() {
        String key = newKey();
        String body = Bodies.aContact();
        String fingerprint = IdempotencyFilter.fingerprint(
                "POST", "/api/v1/contacts", null, "application/json", body.getBytes(StandardCharsets.UTF_8));
        // Keys are kept per principal: ApiClient authenticates as the admin.
        assertThat(store.reserve(ApiClient.ADMIN, key, fingerprint, "still-running"))
                .isInstanceOf(IdempotencyStore.Reservation.Reserved.class);

        Reply retry = post("/api/v1/contacts", key, body);

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.json().path("type").asString()).isEqualTo("/problems/idempotency-key-in-use");
        assertThat(retry.header("Retry-After")).isPresent();
    }

    @Test
    void should_let_a_retry_take_over_a_key_whose_request_outlived_its_lease() {
        String key = newKey();
        assertThat(store.reserve("", key, "same", "lost")).isInstanceOf(IdempotencyStore.Reservation.Reserved.class);
        assertThat(store.reserve("", key, "same", "retry")).isInstanceOf(IdempotencyStore.Reservation.InFlight.class);

        clock.advance(Duration.ofMinutes(2));

        assertThat(store.reserve("", key, "same", "retry")).isInstanceOf(IdempotencyStore.Reservation.Reserved.class);
        StoredResponse late = new StoredResponse(201, Map.of(), new byte[0]);
        assertThat(store.complete("", key, "lost", late))
                .as("the first request may no longer complete")
                .isFalse();
        assertThat(store.complete("", key, "retry", late)).isTrue();
    }

    @Test
    void should_keep_keys_apart_per_user() {
        String key = newKey();
        assertThat(store.reserve("ada", key, "one", "a")).isInstanceOf(IdempotencyStore.Reservation.Reserved.class);

        assertThat(store.reserve("grace", key, "other", "g")).isInstanceOf(IdempotencyStore.Reservation.Reserved.class);
    }

    @Test
    void should_forget_a_key_after_its_time_to_live_and_purge_it() {
        String key = newKey();
        assertThat(post("/api/v1/contacts", key, Bodies.aContact()).status()).isEqualTo(201);
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        String fresh = newKey();
        assertThat(post("/api/v1/contacts", fresh, Bodies.aContact()).status()).isEqualTo(201);

        assertThat(store.purgeExpired()).isPositive();

        assertThat(store.reserve(ApiClient.ADMIN, key, "anything", "new"))
                .isInstanceOf(IdempotencyStore.Reservation.Reserved.class);
        assertThat(store.reserve(ApiClient.ADMIN, fresh, "anything", "new"))
                .as("a key younger than the time to live stays")
                .isInstanceOf(IdempotencyStore.Reservation.Mismatch.class);
    }

    @Test
    void should_run_a_request_again_when_its_key_expired_before_the_purge() {
        String key = newKey();
        String body = Bodies.aContact();
        assertThat(post("/api/v1/contacts", key, body).status()).isEqualTo(201);

        clock.advance(Duration.ofHours(25));
        Reply again = post("/api/v1/contacts", key, body);

        assertThat(again.status()).as("the same email, now a duplicate").isEqualTo(409);
        assertThat(again.header(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
    }

    @Test
    void should_refuse_a_malformed_key_naming_the_header() {
        Reply reply = post("/api/v1/contacts", "spaces are not allowed", Bodies.aContact());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.errors().has("Idempotency-Key")).isTrue();
    }

    @Test
    void should_refuse_two_keys_rather_than_pick_one_and_create_nothing() {
        String email = Bodies.uniqueEmail("two-keys");
        String first = newKey();

        Reply reply = api.send(api.request("/api/v1/contacts")
                .header("Content-Type", "application/json")
                .header(IdempotencyFilter.HEADER, first)
                .header(IdempotencyFilter.HEADER, newKey())
                .POST(HttpRequest.BodyPublishers.ofString(Bodies.contact("Ada", "Lovelace", email))));
        Reply retry = post("/api/v1/contacts", first, Bodies.contact("Ada", "Lovelace", email));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.errors().path("Idempotency-Key").asString()).isEqualTo("is given 2 times; give it once");
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER))
                .as("the refused request kept no key")
                .isEmpty();
        assertThat(contactsWithEmail(email)).isEqualTo(1);
    }

    @Test
    void should_refuse_a_key_on_the_streamed_chat_which_cannot_be_replayed() {
        Reply reply = post("/api/v1/chat/stream", newKey(), "{\"message\": \"hello\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errors().path("Idempotency-Key").asString()).contains("/api/v1/chat");
    }

    @Test
    void should_not_keep_a_failed_chat_so_a_retry_runs_again() {
        String key = newKey();

        Reply first = post("/api/v1/chat", key, "{\"message\": \"hello\"}");
        Reply retry = post("/api/v1/chat", key, "{\"message\": \"hello\"}");

        assertThat(first.status()).as("no model configured").isEqualTo(503);
        assertThat(retry.status()).isEqualTo(503);
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
    }

    @Test
    void should_leave_requests_without_a_key_alone() {
        String body = Bodies.aContact();

        assertThat(api.post("/api/v1/contacts", body).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/contacts", body).status()).isEqualTo(409);
    }

    private Reply post(String path, String key, String json) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .header(IdempotencyFilter.HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private long contactsWithEmail(String email) {
        return api.get("/api/v1/contacts?total=true&q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .json()
                .path("total")
                .asLong();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
