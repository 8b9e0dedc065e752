package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.aContact;
import static dev.crmkit.examples.web.Bodies.contact;
import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@WebAppTest
class ContactsApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_create_a_contact_and_answer_201_with_location_etag_and_snake_case_fields() {
        String email = uniqueEmail("ada");

        Reply created = api.post("/api/v1/contacts", contact("Ada", "Lovelace", email));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location"))
                .hasValue(api.uri("/api/v1/contacts/" + created.id()).toString());
        assertThat(created.header("ETag")).hasValue("\"0\"");
        JsonNode json = created.json();
        assertThat(json.path("first_name").asString()).isEqualTo("Ada");
        assertThat(json.path("last_name").asString()).isEqualTo("Lovelace");
        assertThat(json.path("email").asString()).isEqualTo(email);
        assertThat(json.has("created_at")).isTrue();
        assertThat(json.has("firstName")).isFalse();
        assertThat(json.path("version").asLong()).isZero();
    }

    @Test
    void should_get_a_contact_by_id_with_its_version_as_etag() {
        long id = api.post("/api/v1/contacts", aContact()).id();

        Reply read = api.get("/api/v1/contacts/" + id);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("id").asLong()).isEqualTo(id);
        assertThat(read.header("ETag")).hasValue("\"0\"");
    }

    @Test
    void should_search_sort_and_page_through_contacts_with_cursors() {
        String tag = "pager" + UUID.randomUUID().toString().substring(0, 6);
        for (String last : List.of("Cook", "Adams", "Baker", "Evans", "Diaz")) {
            api.post("/api/v1/contacts", contact("P", last, uniqueEmail(tag)));
        }

        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Reply page = api.get("/api/v1/contacts?q=" + tag + "&sort=-last_name&limit=2&total=true"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json().path("total").asLong()).isEqualTo(5);
            page.json()
                    .path("items")
                    .forEach(item -> names.add(item.path("last_name").asString()));
            cursor = page.json().path("next_cursor").isNull()
                    ? null
                    : page.json().path("next_cursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(names).containsExactly("Evans", "Diaz", "Cook", "Baker", "Adams");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void should_replace_every_field_on_put_clearing_those_left_out() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        String email = uniqueEmail("grace");

        Reply replaced = api.put("/api/v1/contacts/" + id, """
                {"first_name": "Grace", "last_name": "Hopper", "email": "%s"}
                """.formatted(email));

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("first_name").asString()).isEqualTo("Grace");
        assertThat(replaced.json().path("company").isNull()).isTrue();
        assertThat(replaced.json().path("phone").isNull()).isTrue();
        assertThat(replaced.json().path("version").asLong()).isEqualTo(1);
        assertThat(replaced.header("ETag")).hasValue("\"1\"");
    }

    @Test
    void should_patch_only_the_fields_sent_and_clear_those_sent_as_null() {
        long id = api.post("/api/v1/contacts", aContact()).id();

        Reply patched = api.patch("/api/v1/contacts/" + id, """
                {"position": "Analyst", "phone": null}
                """);

        assertThat(patched.status()).isEqualTo(200);
        JsonNode json = patched.json();
        assertThat(json.path("position").asString()).isEqualTo("Analyst");
        assertThat(json.path("phone").isNull()).isTrue();
        assertThat(json.path("company").asString()).isEqualTo("Analytical Engines");
        assertThat(json.path("first_name").asString()).isEqualTo("Ada");
    }

    @Test
    void should_delete_a_contact_and_then_answer_404_for_it() {
        long id = api.post("/api/v1/contacts", aContact()).id();

        Reply deleted = api.delete("/api/v1/contacts/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        Reply gone = api.get("/api/v1/contacts/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.json().path("detail").asString()).isEqualTo("contact " + id + " does not exist");
    }

    @Test
    void should_refuse_invalid_fields_with_400_naming_each_in_snake_case() {
        Reply refused = api.post("/api/v1/contacts", """
                {"first_name": " ", "email": "not-an-email", "phone": 42}
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("type").asString()).isEqualTo("/problems/validation");
        JsonNode errors = refused.errors();
        assertThat(errors.path("first_name").asString()).isEqualTo("must not be blank");
        assertThat(errors.path("last_name").asString()).isEqualTo("must not be blank");
        assertThat(errors.path("email").asString()).contains("valid email");
        assertThat(errors.path("phone").asString()).isEqualTo("must be a string");
    }

    @Test
    void should_refuse_unknown_fields_so_a_typo_never_silently_does_nothing() {
        long id = api.post("/api/v1/contacts", aContact()).id();

        Reply refused = api.patch("/api/v1/contacts/" + id, """
                {"firstName": "Augusta"}
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("firstName").asString()).startsWith("is not a field of this resource");
        assertThat(api.get("/api/v1/contacts/" + id).json().path("first_name").asString())
                .isEqualTo("Ada");
    }

    @Test
    void should_refuse_a_duplicate_email_with_409_naming_the_contact_using_it() {
        String email = uniqueEmail("dup");
        long first =
                api.post("/api/v1/contacts", contact("Ada", "Lovelace", email)).id();

        Reply refused = api.post("/api/v1/contacts", contact("Other", "Person", email.toUpperCase()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("field").asString()).isEqualTo("email");
        assertThat(refused.json().path("conflicting_id").asLong()).isEqualTo(first);
    }

    @Test
    void should_refuse_an_update_based_on_a_stale_version_given_by_if_match() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        api.patch("/api/v1/contacts/" + id, "{\"position\": \"CTO\"}");

        Reply stale = api.send(api.request("/api/v1/contacts/" + id)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"0\"")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"position\": \"CEO\"}")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(stale.json().path("detail").asString())
                .isEqualTo("contact " + id
                        + " was modified concurrently: version 0 is no longer current; read it again and retry");
        assertThat(stale.json().path("expected_version").asLong()).isZero();
        assertThat(api.get("/api/v1/contacts/" + id).json().path("position").asString())
                .isEqualTo("CTO");
    }

    @Test
    void should_apply_an_update_whose_if_match_list_holds_the_current_version_and_refuse_one_that_does_not() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        api.patch("/api/v1/contacts/" + id, "{\"position\": \"CTO\"}");

        Reply stale = patchIfMatch(id, "\"0\", \"7\"", "{\"position\": \"CEO\"}");
        Reply current = patchIfMatch(id, "\"0\" , \"1\"", "{\"position\": \"CEO\"}");
        Reply malformed = patchIfMatch(id, "\"2\", 3", "{\"position\": \"CFO\"}");
        Reply staleDelete = api.send(api.request("/api/v1/contacts/" + id)
                .header("If-Match", "\"0\", \"1\"")
                .DELETE());
        Reply delete = api.send(api.request("/api/v1/contacts/" + id)
                .header("If-Match", "\"1\", \"2\"")
                .DELETE());

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(current.json().path("position").asString()).isEqualTo("CEO");
        assertThat(current.header("ETag")).contains("\"2\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errors().path("if_match").asString()).startsWith("must be * or ETags");
        assertThat(staleDelete.status()).isEqualTo(409);
        assertThat(delete.status()).as(delete.body()).isEqualTo(204);
    }

    @Test
    void should_name_every_version_of_a_stale_if_match_list_in_its_409_not_only_the_first() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        api.patch("/api/v1/contacts/" + id, "{\"position\": \"CTO\"}");

        Reply stale = patchIfMatch(id, "\"0\", W/\"7\"", "{\"position\": \"CEO\"}");
        Reply staleDelete = api.send(api.request("/api/v1/contacts/" + id)
                .header("If-Match", "\"3\", \"0\"")
                .DELETE());

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(stale.json().path("detail").asString())
                .isEqualTo("contact " + id + " was modified concurrently: none of the versions If-Match lists (0, 7)"
                        + " is current; read it again and retry");
        assertThat(stale.json().path("expected_versions").toString()).isEqualTo("[0,7]");
        assertThat(stale.json().has("expected_version")).isFalse();
        assertThat(staleDelete.status()).as(staleDelete.body()).isEqualTo(409);
        assertThat(staleDelete.json().path("expected_versions").toString()).isEqualTo("[3,0]");
        assertThat(api.get("/api/v1/contacts/" + id).json().path("position").asString())
                .isEqualTo("CTO");
    }

    private Reply patchIfMatch(long id, String ifMatch, String body) {
        return api.send(api.request("/api/v1/contacts/" + id)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void should_refuse_an_update_based_on_a_stale_version_given_in_the_body() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        api.patch("/api/v1/contacts/" + id, "{\"position\": \"CTO\"}");

        Reply stale = api.patch("/api/v1/contacts/" + id, "{\"position\": \"CEO\", \"version\": 0}");
        Reply current = api.patch("/api/v1/contacts/" + id, "{\"position\": \"CEO\", \"version\": 1}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void should_answer_404_for_a_contact_that_does_not_exist_on_every_method() {
        assertThat(api.get("/api/v1/contacts/987654").status()).isEqualTo(404);
        assertThat(api.put("/api/v1/contacts/987654", aContact()).status()).isEqualTo(404);
        assertThat(api.patch("/api/v1/contacts/987654", "{}").status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/contacts/987654").status()).isEqualTo(404);
    }

    @Test
    void should_refuse_bad_list_parameters_with_400_naming_the_parameter() {
        assertThat(api.get("/api/v1/contacts?sort=password")
                        .errors()
                        .path("sort")
                        .asString())
                .startsWith("must be one of id, last_name");
        assertThat(api.get("/api/v1/contacts?limit=0").errors().path("limit").asString())
                .isEqualTo("must be between 1 and 500");
        assertThat(api.get("/api/v1/contacts?limit=501").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/contacts?limit=ten").errors().path("limit").asString())
                .isEqualTo("must be a whole number written in digits, such as 50");
        assertThat(api.get("/api/v1/contacts?limit=-1").errors().path("limit").asString())
                .isEqualTo("must be a whole number written in digits, such as 50");
        assertThat(api.get("/api/v1/contacts?q=" + "a".repeat(1401))
                        .errors()
                        .path("q")
                        .asString())
                .isEqualTo("must be at most 1400 characters");
        assertThat(api.get("/api/v1/contacts?tag=" + "a".repeat(51))
                        .errors()
                        .path("tag")
                        .asString())
                .isEqualTo("must be at most 50 characters");
        assertThat(api.get("/api/v1/contacts?cursor=garbage")
                        .errors()
                        .path("cursor")
                        .asString())
                .contains("not a cursor");
        // An id that is not plain digits names no contact: 404, like any address with nothing there.
        assertThat(api.get("/api/v1/contacts/abc").status()).isEqualTo(404);
    }

    @Test
    void should_refuse_a_cursor_replayed_against_another_sort() {
        api.post("/api/v1/contacts", aContact());
        api.post("/api/v1/contacts", aContact());
        String cursor = api.get("/api/v1/contacts?limit=1&sort=email")
                .json()
                .path("next_cursor")
                .asString();

        Reply refused = api.get("/api/v1/contacts?limit=1&sort=-email&cursor=" + cursor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().path("cursor").asString()).contains("different sort order");
    }

    @Test
    void should_apply_every_one_of_two_clients_patches_that_name_no_version() throws Exception {
        twoClientsPatch(name -> "{\"position\": \"" + name + "\"}");
    }

    @Test
    void should_apply_every_one_of_two_clients_patches_with_tags_that_name_no_version() throws Exception {
        long id = twoClientsPatch(name -> "{\"position\": \"" + name + "\", \"tags\": [\"" + name + "\"]}");

        JsonNode stored = api.get("/api/v1/contacts/" + id).json();
        assertThat(stored.path("tags").get(0).asString())
                .as("the tags of the patch that wrote last, as its position is")
                .isEqualTo(stored.path("position").asString());
    }

    /** Two clients send 15 versionless patches each at once ({@code body} of a name such as b7); returns the contact's id. */
    private long twoClientsPatch(Function<String, String> body) throws Exception {
        long id = api.post("/api/v1/contacts", aContact()).id();
        int patches = 15;
        CyclicBarrier start = new CyclicBarrier(2);
        Function<String, Callable<List<Integer>>> client = name -> () -> {
            ApiClient own = new ApiClient(port);
            List<Integer> statuses = new ArrayList<>();
            start.await(60, TimeUnit.SECONDS);
            for (int i = 0; i < patches; i++) {
                statuses.add(own.patch("/api/v1/contacts/" + id, body.apply(name + i))
                        .status());
            }
            return statuses;
        };

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<Integer>> first = threads.submit(client.apply("a"));
            Future<List<Integer>> second = threads.submit(client.apply("b"));

            assertThat(first.get(120, TimeUnit.SECONDS))
                    .as("no version named: never a stale one")
                    .containsOnly(200);
            assertThat(second.get(120, TimeUnit.SECONDS)).containsOnly(200);
        } finally {
            threads.shutdownNow();
        }
        assertThat(api.get("/api/v1/contacts/" + id).json().path("version").asLong())
                .isEqualTo(2L * patches);
        return id;
    }

    @Test
    void should_delete_only_at_the_version_if_match_names() {
        long id = api.post("/api/v1/contacts", aContact()).id();
        String read = api.get("/api/v1/contacts/" + id).header("ETag").orElseThrow();
        String changed = api.patch("/api/v1/contacts/" + id, "{\"phone\": \"+1 555 0199\"}")
                .header("ETag")
                .orElseThrow();

        Reply stale = api.send(
                api.request("/api/v1/contacts/" + id).header("If-Match", read).DELETE());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(200);
        assertThat(api.send(api.request("/api/v1/contacts/" + id)
                                .header("If-Match", changed)
                                .DELETE())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/contacts/" + id).status()).isEqualTo(404);
    }
}
