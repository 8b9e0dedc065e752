package dev.crmkit.examples.web;

import static dev.crmkit.examples.web.Bodies.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The {@code tags} array of contacts, companies and deals, the {@code tag} list filter and {@code /api/v1/tags}. */
@WebAppTest
class TagsApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String suffix;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        suffix = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void should_set_replace_and_patch_the_tags_of_a_contact() {
        Reply created =
                api.post("/api/v1/contacts", contact("Ada", List.of("VIP-" + suffix, " partner-" + suffix + " ")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(names(created.json())).containsExactly("partner-" + suffix, "VIP-" + suffix);
        long id = created.id();

        Reply patched = api.patch("/api/v1/contacts/" + id, "{\"phone\": \"+1 555 0100\"}");
        assertThat(names(patched.json())).as("PATCH without tags keeps them").hasSize(2);

        patched = api.patch("/api/v1/contacts/" + id, "{\"tags\": [\"vip-" + suffix + "\"]}");
        assertThat(names(patched.json())).as("the existing spelling is kept").containsExactly("VIP-" + suffix);
        assertThat(names(api.get("/api/v1/contacts/" + id).json())).containsExactly("VIP-" + suffix);

        Reply invalid = api.patch("/api/v1/contacts/" + id, "{\"tags\": [\"a,b\"]}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("tags");
        Reply notArray = api.patch("/api/v1/contacts/" + id, "{\"tags\": \"vip\"}");
        assertThat(notArray.status()).isEqualTo(400);
    }

    @Test
    void should_filter_contacts_and_deals_by_every_given_tag() {
        String vip = "vip-" + suffix;
        String partner = "partner-" + suffix;
        long both = api.post("/api/v1/contacts", contact("Both", List.of(vip, partner)))
                .id();
        long vipOnly =
                api.post("/api/v1/contacts", contact("Vip", List.of(vip))).id();
        api.post("/api/v1/contacts", contact("None", List.of()));

        assertThat(ids(api.get("/api/v1/contacts?tag=" + vip + "&total=true").json()))
                .containsExactly(both, vipOnly);
        assertThat(ids(api.get("/api/v1/contacts?tag=" + vip.toUpperCase() + "&tag=" + partner)
                        .json()))
                .containsExactly(both);

        long pipeline = api.post("/api/v1/pipelines", "{\"name\": \"Tags " + suffix + "\"}")
                .id();
        Reply deal = api.post(
                "/api/v1/deals",
                "{\"title\": \"Tagged\", \"pipeline_id\": " + pipeline + ", \"tags\": [\"" + vip + "\"]}");
        assertThat(deal.status()).isEqualTo(201);
        assertThat(names(deal.json())).containsExactly(vip);
        api.post("/api/v1/deals", "{\"title\": \"Untagged\", \"pipeline_id\": " + pipeline + "}");
        assertThat(ids(api.get("/api/v1/deals?pipeline_id=" + pipeline + "&tag=" + vip)
                        .json()))
                .containsExactly(deal.id());
    }

    @Test
    void should_tag_companies_and_filter_them_by_every_given_tag() {
        String vip = "vip-" + suffix;
        String partner = "partner-" + suffix;
        Reply both = api.post(
                "/api/v1/companies",
                "{\"name\": \"Both " + suffix + "\", \"tags\": [\"" + vip + "\", \"" + partner + "\"]}");
        assertThat(both.status()).isEqualTo(201);
        assertThat(names(both.json())).containsExactly(partner, vip);
        long vipOnly = api.post("/api/v1/companies", "{\"name\": \"Vip " + suffix + "\", \"tags\": [\"" + vip + "\"]}")
                .id();
        api.post("/api/v1/companies", "{\"name\": \"None " + suffix + "\"}");

        assertThat(ids(api.get("/api/v1/companies?tag=" + vip.toUpperCase()).json()))
                .containsExactly(both.id(), vipOnly);
        assertThat(ids(api.get("/api/v1/companies?tag=" + vip + "&tag=" + partner)
                        .json()))
                .containsExactly(both.id());
        Reply patched = api.patch("/api/v1/companies/" + vipOnly, "{\"tags\": null}");
        assertThat(names(patched.json())).isEmpty();
        assertThat(names(api.get("/api/v1/companies/" + both.id()).json())).containsExactly(partner, vip);
        assertThat(api.patch("/api/v1/companies/" + vipOnly, "{\"tags\": [\"a,b\"]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void should_list_rename_and_delete_tags() {
        String vip = "vip-" + suffix;
        long ada = api.post("/api/v1/contacts", contact("Ada", List.of(vip))).id();
        api.post("/api/v1/contacts", contact("Bob", List.of(vip, "other-" + suffix)));

        JsonNode tag = find(api.get("/api/v1/tags").json(), vip);
        assertThat(tag.path("count").asLong()).isEqualTo(2);
        long id = tag.path("id").asLong();

        Reply renamed = api.patch("/api/v1/tags/" + id, "{\"name\": \"Key " + suffix + "\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().path("name").asString()).isEqualTo("Key " + suffix);
        assertThat(names(api.get("/api/v1/contacts/" + ada).json())).containsExactly("Key " + suffix);
        Reply taken = api.patch("/api/v1/tags/" + id, "{\"name\": \"OTHER-" + suffix + "\"}");
        assertThat(taken.status()).isEqualTo(409);

        assertThat(api.delete("/api/v1/tags/" + id).status()).isEqualTo(204);
        assertThat(names(api.get("/api/v1/contacts/" + ada).json())).isEmpty();
        assertThat(api.delete("/api/v1/tags/" + id).status()).isEqualTo(404);
    }

    @Test
    void should_say_a_missing_name_is_required_and_refuse_an_invisible_character() {
        String vip = "vip-" + suffix;
        api.post("/api/v1/contacts", contact("Ada", List.of(vip)));
        long id = find(api.get("/api/v1/tags").json(), vip).path("id").asLong();

        Reply absent = api.put("/api/v1/tags/" + id, "{}");
        Reply number = api.put("/api/v1/tags/" + id, "{\"name\": 7}");
        Reply zeroWidth = api.put("/api/v1/tags/" + id, "{\"name\": \"v\\u200Bip-" + suffix + "\"}");
        Reply tagged = api.post("/api/v1/contacts", contact("Bob", List.of("v\\u200Bip-" + suffix)));

        assertThat(absent.status()).isEqualTo(400);
        assertThat(absent.json().path("errors").path("name").asString()).isEqualTo("is required");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().path("errors").path("name").asString()).isEqualTo("must be a string");
        assertThat(zeroWidth.status()).isEqualTo(400);
        assertThat(zeroWidth.json().path("errors").path("name").asString()).contains("U+200B");
        assertThat(tagged.status()).isEqualTo(400);
        assertThat(tagged.body()).contains("U+200B");
        assertThat(find(api.get("/api/v1/tags").json(), vip).path("name").asString())
                .isEqualTo(vip);
    }

    private String contact(String first, List<String> tags) {
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < tags.size(); i++) {
            array.append(i == 0 ? "" : ", ").append('"').append(tags.get(i)).append('"');
        }
        return "{\"first_name\": \"" + first + "\", \"last_name\": \"Tagged\", \"email\": \"" + uniqueEmail("tag")
                + "\", \"tags\": " + array.append(']') + "}";
    }

    private static List<String> names(JsonNode record) {
        List<String> names = new ArrayList<>();
        record.path("tags").forEach(name -> names.add(name.asString()));
        return names;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode tag : list.path("items")) {
            if (tag.path("name").asString().equals(name)) {
                return tag;
            }
        }
        throw new AssertionError("no tag " + name + " in " + list);
    }
}
