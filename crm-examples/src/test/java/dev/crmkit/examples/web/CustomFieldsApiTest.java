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
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/custom-fields}, the {@code custom_fields} object of contacts, companies and deals
 * and the {@code cf.<key>} list filters. The app is shared by the test classes, so each test
 * defines fields with its own keys (never required ones) and deletes them afterwards.
 */
@WebAppTest
class CustomFieldsApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String tier;
    String score;
    final List<Long> defined = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        tier = "tier_" + suffix;
        score = "score_" + suffix;
    }

    @AfterEach
    void deleteFields() {
        defined.forEach(id -> api.delete("/api/v1/custom-fields/" + id));
    }

    @Test
    void should_define_list_change_and_refuse_bad_definitions() {
        Reply created = define("contact", tier, "choice", ", \"options\": [\"gold\", \"silver\"]");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("key").asString()).isEqualTo(tier);
        assertThat(created.json().path("type").asString()).isEqualTo("choice");
        assertThat(keys(api.get("/api/v1/custom-fields?kind=contact").json())).contains(tier);
        assertThat(keys(api.get("/api/v1/custom-fields?kind=deal").json())).doesNotContain(tier);
        assertThat(define("contact", tier.toUpperCase(), "text", "").status()).isEqualTo(409);
        Reply badType = define("contact", "x" + tier, "colour", "");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body()).contains("\"type\"");
        assertThat(api.get("/api/v1/custom-fields?kind=planet").status()).isEqualTo(400);

        Reply changed = api.patch(
                "/api/v1/custom-fields/" + created.id(), "{\"label\": \"Level\", \"options\": [\"gold\", \"bronze\"]}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("label").asString()).isEqualTo("Level");
        Reply keyChange = api.patch("/api/v1/custom-fields/" + created.id(), "{\"type\": \"text\"}");
        assertThat(keyChange.status()).as("the type never changes").isEqualTo(400);
    }

    @Test
    void should_name_every_error_of_a_definition_at_once() {
        Reply empty = api.post("/api/v1/custom-fields", "{}");
        Reply bad = api.post(
                "/api/v1/custom-fields",
                "{\"kind\": \"planet\", \"key\": \"9" + tier + "\", \"label\": \" \", \"type\": \"colour\","
                        + " \"required\": \"yes\"}");
        Reply badRules = define("contact", tier, "number", ", \"scale\": 99, \"max_length\": 5, \"required\": 1");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errors().propertyNames()).containsExactly("kind", "key", "label", "type");
        assertThat(empty.errors().path("kind").asString()).isEqualTo("is required");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errors().propertyNames()).containsExactlyInAnyOrder("kind", "key", "label", "type", "required");
        assertThat(bad.errors().path("kind").asString()).isEqualTo("must be one of: contact, company, deal");
        assertThat(bad.errors().path("required").asString()).isEqualTo("must be true or false");
        assertThat(badRules.status()).isEqualTo(400);
        assertThat(badRules.errors().propertyNames()).containsExactlyInAnyOrder("required", "max_length", "scale");
        assertThat(keys(api.get("/api/v1/custom-fields?kind=contact").json())).doesNotContain(tier);
    }

    @Test
    void should_name_every_error_of_a_change_at_once() {
        long id = define("contact", tier, "text", "").id();

        Reply refused =
                api.patch("/api/v1/custom-fields/" + id, "{\"label\": 7, \"required\": \"yes\", \"max_length\": 0}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors().propertyNames()).containsExactlyInAnyOrder("label", "required", "max_length");
        assertThat(api.get("/api/v1/custom-fields/" + id)
                        .json()
                        .path("max_length")
                        .asInt())
                .as("nothing written")
                .isEqualTo(255);
    }

    @Test
    void should_refuse_a_control_character_in_a_label_or_an_option_with_the_same_words() {
        Reply label = api.post(
                "/api/v1/custom-fields",
                "{\"kind\": \"contact\", \"key\": \"" + tier + "\", \"label\": \"L\\u0001\", \"type\": \"text\"}");
        Reply option = define("contact", tier, "choice", ", \"options\": [\"gold\", \"sil\\u001bver\"]");

        assertThat(label.status()).isEqualTo(400);
        assertThat(label.json().path("errors").propertyNames()).containsExactly("label");
        assertThat(label.json().path("errors").path("label").asString())
                .isEqualTo("must not contain control characters other than tab, newline and carriage return");
        assertThat(option.status()).isEqualTo(400);
        assertThat(option.json().path("errors").propertyNames()).containsExactly("options");
        assertThat(option.json().path("errors").path("options").asString())
                .isEqualTo("must not contain control characters other than tab, newline and carriage return");
        assertThat(keys(api.get("/api/v1/custom-fields?kind=contact").json())).doesNotContain(tier);
    }

    @Test
    void should_name_the_option_that_is_not_a_string_and_not_call_a_huge_whole_number_a_fraction() {
        Reply notAString = define("contact", tier, "choice", ", \"options\": [\"gold\", null, 7]");
        Reply huge = define("contact", tier, "text", ", \"max_length\": 99999999999");

        assertThat(notAString.status()).isEqualTo(400);
        assertThat(notAString.json().path("errors").propertyNames()).containsExactly("options[1]", "options[2]");
        assertThat(notAString.json().path("errors").path("options[1]").asString())
                .isEqualTo("must be a string");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().path("errors").path("max_length").asString())
                .isEqualTo("must be a whole number between -2147483648 and 2147483647");
    }

    @Test
    void should_carry_values_on_a_contact_and_name_a_broken_rule() {
        define("contact", tier, "choice", ", \"options\": [\"gold\", \"silver\"]");
        define("contact", score, "number", ", \"scale\": 2");

        Reply created = api.post("/api/v1/contacts", contact("{\"" + tier + "\": \"gold\", \"" + score + "\": 4.5}"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("custom_fields").path(tier).asString()).isEqualTo("gold");
        assertThat(created.json().path("custom_fields").path(score).decimalValue())
                .isEqualByComparingTo("4.50");
        long id = created.id();

        Reply patched = api.patch("/api/v1/contacts/" + id, "{\"custom_fields\": {\"" + tier + "\": null}}");
        assertThat(patched.status()).isEqualTo(200);
        JsonNode values = api.get("/api/v1/contacts/" + id).json().path("custom_fields");
        assertThat(values.has(tier)).isFalse();
        assertThat(values.path(score).decimalValue()).isEqualByComparingTo("4.5");

        Reply wrong = api.patch("/api/v1/contacts/" + id, "{\"custom_fields\": {\"" + tier + "\": \"platinum\"}}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("custom_fields." + tier).contains("must be one of: gold, silver");
        Reply unknown = api.patch("/api/v1/contacts/" + id, "{\"custom_fields\": {\"nope_" + tier + "\": 1}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("custom_fields.nope_" + tier);
        assertThat(api.patch("/api/v1/contacts/" + id, "{\"custom_fields\": [1]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void should_filter_lists_by_custom_fields() {
        define("contact", tier, "choice", ", \"options\": [\"gold\", \"silver\"]");
        define("contact", score, "number", "");
        long gold = api.post("/api/v1/contacts", contact("{\"" + tier + "\": \"gold\", \"" + score + "\": 10}"))
                .id();
        long silver = api.post("/api/v1/contacts", contact("{\"" + tier + "\": \"silver\", \"" + score + "\": 3}"))
                .id();

        assertThat(ids(api.get("/api/v1/contacts?cf." + tier + "=gold").json())).containsExactly(gold);
        assertThat(ids(api.get("/api/v1/contacts?cf." + score + ".min=1&cf." + score + ".max=5")
                        .json()))
                .containsExactly(silver);
        Reply unknown = api.get("/api/v1/contacts?cf.nope_" + tier + "=1");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").propertyNames()).containsExactly("cf.nope_" + tier);
        assertThat(api.get("/api/v1/contacts?cf." + tier + ".between=1").status())
                .isEqualTo(400);
        Reply rangeOnChoice = api.get("/api/v1/contacts?cf." + tier + ".min=gold");
        assertThat(rangeOnChoice.status()).isEqualTo(400);
        assertThat(rangeOnChoice.json().path("errors").propertyNames()).containsExactly("cf." + tier + ".min");
        Reply onDeals = api.get("/api/v1/deals?cf." + score + ".min=1");
        assertThat(onDeals.status()).isEqualTo(400);
        assertThat(onDeals.json().path("errors").propertyNames()).containsExactly("cf." + score + ".min");
        Reply wrongOption = api.get("/api/v1/contacts?cf." + tier + "=platinum&cf." + score + ".max=x");
        assertThat(wrongOption.status()).isEqualTo(400);
        assertThat(wrongOption.json().path("errors").propertyNames())
                .containsExactlyInAnyOrder("cf." + tier, "cf." + score + ".max");
        assertThat(wrongOption.body()).doesNotContain("custom_fields");
        assertThat(api.get("/api/v1/contacts?cfx=1").status())
                .as("other unknown parameters still refused")
                .isEqualTo(400);
    }

    @Test
    void should_carry_values_on_companies_and_deals_and_drop_them_with_the_field() {
        long companyField = define("company", tier, "text", "").id();
        define("deal", score, "number", "");
        Reply company = api.post(
                "/api/v1/companies",
                "{\"name\": \"Cf " + tier + "\", \"custom_fields\": {\"" + tier + "\": \"Acme's\"}}");
        assertThat(company.status()).isEqualTo(201);
        long pipeline = api.post("/api/v1/pipelines", "{\"name\": \"Cf " + score + "\"}")
                .id();
        Reply deal = api.post(
                "/api/v1/deals",
                "{\"title\": \"Cf\", \"pipeline_id\": " + pipeline + ", \"custom_fields\": {\"" + score + "\": 7}}");
        assertThat(deal.status()).isEqualTo(201);
        assertThat(ids(api.get("/api/v1/deals?pipeline_id=" + pipeline + "&cf." + score + ".min=7")
                        .json()))
                .containsExactly(deal.id());
        assertThat(ids(api.get("/api/v1/companies?cf." + tier + "=Acme's").json()))
                .containsExactly(company.id());

        assertThat(api.delete("/api/v1/custom-fields/" + companyField).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/companies/" + company.id())
                        .json()
                        .path("custom_fields")
                        .has(tier))
                .isFalse();
    }

    private Reply define(String kind, String key, String type, String more) {
        Reply reply = api.post(
                "/api/v1/custom-fields",
                "{\"kind\": \"" + kind + "\", \"key\": \"" + key + "\", \"label\": \"" + key + "\", \"type\": \"" + type
                        + "\"" + more + "}");
        if (reply.status() == 201) {
            defined.add(reply.id());
        }
        return reply;
    }

    private static String contact(String customFields) {
        return "{\"first_name\": \"Cf\", \"last_name\": \"Test\", \"email\": \"" + uniqueEmail("cf")
                + "\", \"custom_fields\": " + customFields + "}";
    }

    private static List<String> keys(JsonNode list) {
        List<String> keys = new ArrayList<>();
        list.path("items").forEach(item -> keys.add(item.path("key").asString()));
        return keys;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }
}
