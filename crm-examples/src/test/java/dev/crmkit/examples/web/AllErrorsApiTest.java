package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A write of a contact or company through POST, PUT and PATCH reports every error of its body in
 * one answer: the record's own fields, each custom field value and the tags, so a client needs one
 * round trip to learn what is wrong. The app is shared, so each test defines fields with its own
 * keys (never required ones) and deletes them afterwards.
 */
@WebAppTest
class AllErrorsApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String tier;
    final List<Long> defined = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        tier = "tier_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @AfterEach
    void deleteFields() {
        defined.forEach(id -> api.delete("/api/v1/custom-fields/" + id));
    }

    @Test
    void should_name_the_fields_the_custom_fields_and_the_tags_of_a_contact_post_at_once() {
        define("contact");
        Reply refused = api.post(
                "/api/v1/contacts",
                "{\"first_name\": \"\", \"last_name\": \"" + tier + "\", \"email\": \"bad\", \"custom_fields\": {\""
                        + tier + "\": \"platinum\", \"nope_" + tier + "\": 1}, \"tags\": [\"\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().propertyNames())
                .containsExactlyInAnyOrder(
                        "first_name", "email", "custom_fields." + tier, "custom_fields.nope_" + tier, "tags");
        assertThat(refused.errors().path("custom_fields." + tier).asString()).isEqualTo("must be one of: gold, silver");
        assertThat(refused.errors().path("tags").asString()).isEqualTo("must not be blank");
        assertThat(api.get("/api/v1/contacts?q=" + tier).json().path("items").size())
                .as("nothing written")
                .isZero();
    }

    @Test
    void should_name_the_fields_the_custom_fields_and_the_tags_of_a_contact_put_and_patch_at_once() {
        define("contact");
        long id = api.post(
                        "/api/v1/contacts",
                        "{\"first_name\": \"Ada\", \"last_name\": \"All\", \"email\": \"" + uniqueEmail("all")
                                + "\", \"tags\": [\"kept\"]}")
                .id();

        Reply put = api.put(
                "/api/v1/contacts/" + id,
                "{\"first_name\": \"\", \"last_name\": \"x\", \"email\": \"bad\", \"custom_fields\": {\"" + tier
                        + "\": \"platinum\"}, \"tags\": [\"\"]}");
        Reply patch = api.patch(
                "/api/v1/contacts/" + id,
                "{\"email\": \"bad\", \"custom_fields\": {\"" + tier + "\": 7}, \"tags\": [\"ok\", \"\"]}");

        assertThat(put.status()).isEqualTo(400);
        assertThat(put.errors().propertyNames())
                .containsExactlyInAnyOrder("first_name", "email", "custom_fields." + tier, "tags");
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.errors().propertyNames()).containsExactlyInAnyOrder("email", "custom_fields." + tier, "tags");
        Reply stored = api.get("/api/v1/contacts/" + id);
        assertThat(stored.json().path("first_name").asString())
                .as("nothing written")
                .isEqualTo("Ada");
        assertThat(stored.json().path("tags").toString()).isEqualTo("[\"kept\"]");
    }

    @Test
    void should_name_the_fields_the_custom_fields_and_the_tags_of_a_company_write_at_once() {
        define("company");
        String name = "All " + tier;

        Reply post = api.post(
                "/api/v1/companies", "{\"name\": \" \", \"custom_fields\": {\"" + tier + "\": [1]}, \"tags\": 3}");
        long id = api.post("/api/v1/companies", "{\"name\": \"" + name + "\"}").id();
        Reply put = api.put(
                "/api/v1/companies/" + id,
                "{\"name\": \"\", \"custom_fields\": {\"nope_" + tier + "\": \"x\"}, \"tags\": [\"\"]}");
        Reply patch = api.patch(
                "/api/v1/companies/" + id,
                "{\"name\": \"\", \"custom_fields\": {\"" + tier + "\": \"bronze\"}, \"tags\": [\"\"]}");

        assertThat(post.status()).isEqualTo(400);
        assertThat(post.errors().propertyNames()).containsExactlyInAnyOrder("name", "custom_fields." + tier, "tags");
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.errors().propertyNames())
                .containsExactlyInAnyOrder("name", "custom_fields.nope_" + tier, "tags");
        assertThat(patch.status()).isEqualTo(400);
        assertThat(patch.errors().propertyNames()).containsExactlyInAnyOrder("name", "custom_fields." + tier, "tags");
        assertThat(api.get("/api/v1/companies/" + id).json().path("name").asString())
                .as("nothing written")
                .isEqualTo(name);
    }

    @Test
    void should_keep_a_duplicate_email_a_conflict_of_its_own() {
        String email = uniqueEmail("dup");
        api.post("/api/v1/contacts", "{\"first_name\": \"A\", \"last_name\": \"B\", \"email\": \"" + email + "\"}");

        Reply duplicate = api.post(
                "/api/v1/contacts",
                "{\"first_name\": \"A\", \"last_name\": \"B\", \"email\": \"" + email + "\", \"tags\": [\"ok\"]}");

        assertThat(duplicate.status()).isEqualTo(409);
    }

    private void define(String kind) {
        Reply reply = api.post(
                "/api/v1/custom-fields",
                "{\"kind\": \"" + kind + "\", \"key\": \"" + tier + "\", \"label\": \"Tier\", \"type\": \"choice\","
                        + " \"options\": [\"gold\", \"silver\"]}");
        assertThat(reply.status()).isEqualTo(201);
        defined.add(reply.id());
    }
}
