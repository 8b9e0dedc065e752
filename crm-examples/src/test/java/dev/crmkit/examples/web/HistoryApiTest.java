package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.examples.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/{resource}/{id}/history}, {@code GET /api/v1/change-sets/{id}}, {@code POST
 * /api/v1/change-sets/{id}/undo} and the History section of a record page: every write a request
 * makes is the signed-in user's.
 */
@WebAppTest
class HistoryApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void should_show_who_changed_which_field_newest_first() {
        long id = api.post("/api/v1/contacts", Bodies.contact("Ada", "Lovelace", uniqueEmail("ada")))
                .id();
        api.patch("/api/v1/contacts/" + id, "{\"phone\": \"+1 555 0199\"}");

        Reply history = api.get("/api/v1/contacts/" + id + "/history");

        assertThat(history.status()).isEqualTo(200);
        JsonNode items = history.json().get("items");
        assertThat(items).hasSize(2);
        JsonNode update = items.get(0);
        assertThat(update.get("action").asString()).isEqualTo("update");
        assertThat(update.get("actor").get("kind").asString()).isEqualTo("user");
        assertThat(update.get("actor").get("id").asString()).isEqualTo(ApiClient.ADMIN);
        assertThat(update.get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("field").asString()).isEqualTo("phone");
            assertThat(change.get("old").asString()).isEqualTo("+1 555 0100");
            assertThat(change.get("new").asString()).isEqualTo("+1 555 0199");
        });
        assertThat(items.get(1).get("action").asString()).isEqualTo("create");
        assertThat(items.get(1).get("changes").findValuesAsString("field"))
                .as("named as the API names them in a contact's body")
                .contains("first_name", "last_name", "email")
                .doesNotContain("firstName", "lastName");
    }

    @Test
    void should_answer_problems_for_bad_history_requests() {
        long id = api.post("/api/v1/contacts", Bodies.contact("Ada", "Lovelace", uniqueEmail("ada")))
                .id();

        assertThat(api.get("/api/v1/contacts/999999999/history").status()).isEqualTo(404);
        Reply badLimit = api.get("/api/v1/contacts/" + id + "/history?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit");
        assertThat(api.get("/api/v1/contacts/" + id + "/history?cursor=nope").status())
                .isEqualTo(400);
        Reply missing = api.get("/api/v1/change-sets/no-such-set");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("id").asString())
                .as("the key asked for, not 0")
                .isEqualTo("no-such-set");
        assertThat(api.post("/api/v1/change-sets/no-such-set/undo", "").status())
                .isEqualTo(404);
    }

    @Test
    void should_show_and_undo_a_change_set_once() {
        long id = api.post("/api/v1/contacts", Bodies.contact("Ada", "Lovelace", uniqueEmail("ada")))
                .id();
        String turn = crm.changeSets().newId();
        crm.as(
                Actor.agent(ApiClient.ADMIN, "conversation-h"),
                () -> crm.changeSets()
                        .run(
                                turn,
                                () -> crm.contacts()
                                        .update(
                                                id,
                                                ContactUpdate.builder()
                                                        .notes("by the agent")
                                                        .build())));

        Reply set = api.get("/api/v1/change-sets/" + turn);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("actor").get("kind").asString()).isEqualTo("agent");
        assertThat(set.json().get("entries")).hasSize(1);

        Reply undo = api.post("/api/v1/change-sets/" + turn + "/undo", "");
        assertThat(undo.status()).isEqualTo(200);
        assertThat(undo.json().get("actor").get("id").asString()).isEqualTo(ApiClient.ADMIN);
        assertThat(crm.contacts().getById(id).notes()).isNull();

        Reply again = api.post("/api/v1/change-sets/" + turn + "/undo", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("contact " + id);
    }

    @Test
    void should_show_the_history_on_the_contact_page() {
        long id = api.post("/api/v1/contacts", Bodies.contact("Ada", "Lovelace", uniqueEmail("ada")))
                .id();
        api.patch("/api/v1/contacts/" + id, "{\"position\": \"Analyst\"}");

        Reply page = ApiClient.loggedIn(port).get("/contacts/" + id);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"history\"", "user admin", "Analyst");
    }
}
