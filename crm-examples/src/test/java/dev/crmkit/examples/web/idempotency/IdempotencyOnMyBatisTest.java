package dev.crmkit.examples.web.idempotency;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient;
import dev.crmkit.examples.web.ApiClient.Reply;
import dev.crmkit.examples.web.Bodies;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same request transaction over the MyBatis adapter, whose sessions commit, roll back and
 * reset auto-commit on the connection differently from Hibernate's: a create and a refused create
 * under a key, each replayed, and every write of a request still visible afterwards.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:crm-web-idempotency-mybatis;DB_CLOSE_DELAY=-1",
            "crm.seed=false",
            "crm.storage=mybatis",
            "crm.web.admin-password=" + ApiClient.ADMIN_PASSWORD
        })
class IdempotencyOnMyBatisTest {

    @LocalServerPort
    private int port;

    @Test
    void should_replay_a_create_and_a_refused_duplicate_over_mybatis() {
        ApiClient api = new ApiClient(port);
        String email = uniqueEmail("mybatis");
        String body = Bodies.contact("Ada", "Lovelace", email);
        String created = UUID.randomUUID().toString();
        String duplicate = UUID.randomUUID().toString();

        Reply first = post(api, "/api/v1/contacts", created, body);
        Reply refused = post(api, "/api/v1/contacts", duplicate, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(post(api, "/api/v1/contacts", created, body).header(IdempotencyFilter.REPLAYED_HEADER))
                .contains("true");
        assertThat(post(api, "/api/v1/contacts", duplicate, body).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/contacts/" + first.id()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/contacts?total=true&q=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void should_commit_every_write_of_a_request_that_creates_a_deal_in_a_new_pipeline() {
        ApiClient api = new ApiClient(port);
        long pipeline = post(api, "/api/v1/pipelines", UUID.randomUUID().toString(), Bodies.pipeline("Keyed"))
                .id();

        Reply deal =
                post(api, "/api/v1/deals", UUID.randomUUID().toString(), Bodies.deal("Keyed deal", pipeline, "10.00"));

        assertThat(deal.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/deals/" + deal.id())
                        .json()
                        .path("pipeline_id")
                        .asLong())
                .isEqualTo(pipeline);
    }

    private static Reply post(ApiClient api, String path, String key, String json) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .header(IdempotencyFilter.HEADER, key)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
