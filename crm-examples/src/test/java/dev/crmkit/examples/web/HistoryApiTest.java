package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.audit.Actor;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.List;
import java.util.UUID;
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
    void should_refuse_a_cursor_of_another_records_history_instead_of_skipping_entries() {
        long ada = api.post("/api/v1/contacts", Bodies.contact("Ada", "Lovelace", uniqueEmail("ada")))
                .id();
        api.patch("/api/v1/contacts/" + ada, "{\"phone\": \"+1 555 0101\"}");
        long grace = api.post("/api/v1/contacts", Bodies.contact("Grace", "Hopper", uniqueEmail("grace")))
                .id();
        api.patch("/api/v1/contacts/" + grace, "{\"phone\": \"+1 555 0102\"}");
        String adasCursor = api.get("/api/v1/contacts/" + ada + "/history?limit=1")
                .json()
                .path("next_cursor")
                .asString();

        Reply other = api.get("/api/v1/contacts/" + grace + "/history?cursor=" + adasCursor);
        Reply own = api.get("/api/v1/contacts/" + ada + "/history?cursor=" + adasCursor);

        assertThat(other.status())
                .as("Grace's entries are all newer than Ada's cursor: they would be skipped")
                .isEqualTo(400);
        assertThat(other.errors().path("cursor").asString()).contains("another record");
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().path("items").size()).isEqualTo(1);
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
    void should_name_a_deals_amount_and_currency_as_its_body_does_and_only_the_part_that_changed() {
        long pipeline = NamedStages.pipeline(crm, "History money");
        long deal = api.post("/api/v1/deals", Bodies.deal("Licence", pipeline, "31500.00"))
                .id();
        api.patch("/api/v1/deals/" + deal, "{\"amount\": \"3000.00\"}");

        JsonNode items = api.get("/api/v1/deals/" + deal + "/history").json().get("items");

        assertThat(items.get(0).get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("field").asString()).isEqualTo("amount");
            assertThat(change.get("old").asString()).isEqualTo("31500.00");
            assertThat(change.get("new").asString()).isEqualTo("3000.00");
        });
        JsonNode created = items.get(1).get("changes");
        assertThat(created.findValuesAsString("field"))
                .contains("amount", "currency", "pipeline_id", "status")
                .doesNotContain("value");
        assertThat(created.findValues("new").stream().map(JsonNode::asString))
                .contains("31500.00", "EUR")
                .doesNotContain("31500.00 EUR");
    }

    @Test
    void should_give_an_activitys_duration_in_seconds_as_its_body_does() {
        long contact = api.post("/api/v1/contacts", Bodies.aContact()).id();
        long activity = api.post(
                        "/api/v1/activities",
                        "{\"type\": \"call\", \"subject\": \"Intro\", \"duration_seconds\": 600, \"contact_id\": "
                                + contact + "}")
                .id();
        api.patch("/api/v1/activities/" + activity, "{\"duration_seconds\": 900, \"type\": \"meeting\"}");

        JsonNode changes = api.get("/api/v1/activities/" + activity + "/history")
                .json()
                .get("items")
                .get(0)
                .get("changes");

        assertThat(changes.findValuesAsString("field")).containsExactlyInAnyOrder("duration_seconds", "type");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("duration_seconds");
            assertThat(change.get("old").asString()).isEqualTo("600");
            assertThat(change.get("new").asString()).isEqualTo("900");
        });
        assertThat(changes).anySatisfy(change -> {
            assertThat(change.get("field").asString()).isEqualTo("type");
            assertThat(change.get("old").asString())
                    .as("the key the body holds")
                    .isEqualTo("call");
            assertThat(change.get("new").asString()).isEqualTo("meeting");
        });
    }

    @Test
    void should_show_a_deals_history_in_the_words_of_its_page() {
        String tier = "tier_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long field = crm.customFields()
                .create(new NewCustomField(
                        CustomFieldKind.DEAL,
                        tier,
                        "Tier " + tier,
                        CustomFieldType.CHOICE,
                        null,
                        null,
                        List.of("gold", "silver"),
                        false))
                .id();
        try {
            long pipeline = NamedStages.pipeline(crm, "History words");
            long ada = api.post("/api/v1/contacts", Bodies.contact("Ada", "Lovelace", uniqueEmail("ada")))
                    .id();
            long grace = api.post("/api/v1/contacts", Bodies.contact("Grace", "Hopper", uniqueEmail("grace")))
                    .id();
            long deal = api.post(
                            "/api/v1/deals",
                            "{\"title\": \"Licence\", \"pipeline_id\": %d, \"amount\": \"31500.00\", \"currency\": \"EUR\", \"contact_id\": %d}"
                                    .formatted(pipeline, ada))
                    .id();
            api.patch(
                    "/api/v1/deals/" + deal,
                    "{\"status\": \"won\", \"contact_id\": %d, \"amount\": \"3000.00\", \"expected_close_date\": \"2026-12-24\", \"custom_fields\": {\"%s\": \"gold\"}}"
                            .formatted(grace, tier));
            assertThat(api.delete("/api/v1/contacts/" + ada).status()).isEqualTo(204);

            String history =
                    section(ApiClient.loggedIn(port).get("/deals/" + deal).body());

            assertThat(history)
                    .contains("Stage</span>:", ">Proof of concept</span> →", ">Signed</span>")
                    .contains("Contact</span>:", ">#" + ada + " (deleted)</span>")
                    .contains("href=\"/contacts/" + grace + "\"", ">Grace Hopper</a>")
                    .contains("Amount</span>:", ">€31,500</span>", ">€3,000</span>")
                    .contains("Close date</span>:", ">Dec 24, 2026</span>")
                    .contains("Tier " + tier + "</span>:", ">gold</span>")
                    .doesNotContain("contactId", "expectedCloseDate", "customFields", ">poc<", "EUR", "{");
        } finally {
            crm.customFields().deleteById(field);
        }
    }

    @Test
    void should_show_a_contacts_history_with_the_forms_labels_and_the_linked_company() {
        long company = api.post("/api/v1/companies", "{\"name\": \"Analytical Engines Ltd\"}")
                .id();
        long id = api.post("/api/v1/contacts", Bodies.contact("Ada", "Lovelace", uniqueEmail("ada")))
                .id();
        api.patch("/api/v1/contacts/" + id, "{\"first_name\": \"Augusta\", \"company_id\": " + company + "}");

        String history = section(ApiClient.loggedIn(port).get("/contacts/" + id).body());

        assertThat(history)
                .contains("First name</span>:", ">Ada</span> →", ">Augusta</span>")
                .contains(
                        "Linked company</span>:", "href=\"/companies/" + company + "\"", ">Analytical Engines Ltd</a>")
                .doesNotContain("firstName", "companyId");
    }

    /** The History section of a record page. */
    private static String section(String page) {
        int start = page.indexOf("id=\"history\"");
        assertThat(start).as("the page has a History section").isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
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
