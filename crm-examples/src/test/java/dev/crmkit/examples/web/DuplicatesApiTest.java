package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.examples.web.ApiClient.Reply;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/duplicates/*} lists likely duplicates; {@code POST /api/v1/{contacts,companies}/merge} merges them. */
@WebAppTest
class DuplicatesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Crm crm;

    ApiClient api;
    String phone;
    Contact survivor;
    Contact other;

    @BeforeEach
    void duplicates() {
        api = new ApiClient(port);
        phone = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        String word = UUID.randomUUID().toString().substring(0, 8);
        survivor = crm.contacts().create(NewContact.of("Ada", "Lovelace", "ada-" + word + "@example.com"));
        other = crm.contacts()
                .create(NewContact.of("Ada", "King", "king-" + word + "@example.com")
                        .withPhone(phone)
                        .withPosition("Analyst"));
        crm.contacts()
                .update(
                        survivor.id(),
                        dev.crmkit.core.contact.ContactUpdate.builder()
                                .phone("+1 " + phone)
                                .build());
        survivor = crm.contacts().getById(survivor.id());
    }

    private String body(boolean dryRun, long otherVersion) {
        return """
                {"survivor_id": %d, "records": [{"id": %d, "version": %d}, {"id": %d, "version": %d}],
                 "fields": {"last_name": %d}, "dry_run": %s}
                """.formatted(
                        survivor.id(), survivor.id(), survivor.version(), other.id(), otherVersion, other.id(), dryRun);
    }

    @Test
    void should_list_the_contacts_sharing_a_phone_as_one_scored_group() {
        // The cursor just before this test's phone: the first group after it is this test's.
        Reply reply = api.get(
                "/api/v1/duplicates/contacts?reason=same_phone&limit=1&cursor=same_phone:" + phone.substring(0, 9));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode group = reply.json().path("items").get(0);
        assertThat(group.path("key").asString()).isEqualTo(phone);
        assertThat(group.path("reason").asString()).isEqualTo("same_phone");
        assertThat(group.path("score").asInt()).isEqualTo(60);
        assertThat(group.path("records").get(0).path("id").asLong()).isEqualTo(survivor.id());
        assertThat(group.path("records").get(1).path("id").asLong()).isEqualTo(other.id());
        // Pages like every other list: cursor in, next_cursor out.
        assertThat(reply.json().has("next_cursor")).as(reply.body()).isTrue();
        assertThat(reply.json().has("next")).isFalse();
    }

    @Test
    void should_preview_a_merge_then_merge_moving_the_deals() {
        long pipeline = crm.pipelines().create(NewPipeline.of("Merge " + phone)).id();
        Deal deal = crm.deals()
                .create(NewDeal.builder("Engines")
                        .pipelineId(pipeline)
                        .contactId(other.id())
                        .build());

        Reply preview = api.post("/api/v1/contacts/merge", body(true, other.version()));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("dry_run").asBoolean()).isTrue();
        assertThat(preview.json().path("record").path("last_name").asString()).isEqualTo("King");
        assertThat(preview.json().path("record").path("position").asString()).isEqualTo("Analyst");
        assertThat(preview.json().path("relinked").path("deals").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/contacts/" + other.id()).status()).isEqualTo(200);

        Reply merged = api.post("/api/v1/contacts/merge", body(false, other.version()));

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().path("merged_ids").get(0).asLong()).isEqualTo(other.id());
        assertThat(api.get("/api/v1/contacts/" + other.id()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/contacts/" + survivor.id())
                        .json()
                        .path("last_name")
                        .asString())
                .isEqualTo("King");
        assertThat(crm.deals().getById(deal.id()).contactId()).isEqualTo(survivor.id());
        assertThat(preview.json().path("change_set_id").isNull()).isTrue();

        Reply undone = api.post(
                "/api/v1/change-sets/" + merged.json().path("change_set_id").asString() + "/undo", "");

        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/contacts/" + other.id()).status()).isEqualTo(200);
        assertThat(crm.deals().getById(deal.id()).contactId()).isEqualTo(other.id());
    }

    @Test
    void should_refuse_a_stale_version_with_409_and_write_nothing() {
        Reply stale = api.post("/api/v1/contacts/merge", body(false, other.version() + 1));

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(api.get("/api/v1/contacts/" + other.id()).status()).isEqualTo(200);
    }

    @Test
    void should_name_every_bad_field_of_a_merge_and_a_bad_reason() {
        Reply bad = api.post("/api/v1/contacts/merge", """
                {"records": [{"id": 1, "version": -1}], "fields": "x", "dry_run": "yes", "extra": 1}
                """);
        Reply unknownField =
                api.post("/api/v1/contacts/merge", """
                {"survivor_id": %d, "records": [{"id": %d, "version": 0}, {"id": %d, "version": 0}],
                 "fields": {"domain": %d}}
                """.formatted(survivor.id(), survivor.id(), other.id(), other.id()));
        Reply badReason = api.get("/api/v1/duplicates/companies?reason=same_email");
        Reply badLimit = api.get("/api/v1/duplicates/contacts?limit=0");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errors().has("survivor_id")).isTrue();
        assertThat(bad.errors().has("records[0].version")).isTrue();
        assertThat(bad.errors().has("fields")).isTrue();
        assertThat(bad.errors().has("dry_run")).isTrue();
        assertThat(bad.errors().has("extra")).isTrue();
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.errors().path("fields.domain").asString())
                .as("the fields a client may name, in the body's names")
                .isEqualTo("is not a field of a contact; the fields are first_name, last_name, email, phone, company,"
                        + " position, notes, custom_fields");
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.errors().path("reason").asString())
                .as("like every other choice, not a Java list")
                .isEqualTo("must be one of similar_name, same_phone for a company");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.errors().has("limit")).isTrue();
    }

    @Test
    void should_name_the_parameters_the_client_sent_for_a_lone_record_and_a_forged_cursor() {
        Reply lone = api.post("/api/v1/contacts/merge", """
                {"survivor_id": %d, "records": [{"id": %d, "version": 0}]}
                """.formatted(survivor.id(), survivor.id()));
        Reply forged = api.get("/api/v1/duplicates/contacts?cursor=zzz");

        assertThat(lone.status()).isEqualTo(400);
        assertThat(lone.errors().path("records").asString()).isEqualTo("must name 2 to 20 records with their versions");
        assertThat(lone.errors().has("versions")).isFalse();
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.errors().path("cursor").asString()).isEqualTo("is not a cursor of a duplicates page");
        assertThat(forged.errors().has("after")).isFalse();
    }

    @Test
    void should_merge_companies_moving_their_contacts() {
        Company kept = crm.companies().create(NewCompany.of("Merge Co " + phone));
        Company gone = crm.companies()
                .create(NewCompany.of("Merge Co " + phone + " Inc").withPhone(phone));
        Contact employee = crm.contacts()
                .create(NewContact.of("Em", "Ployee", "em-" + phone + "@example.com")
                        .withCompanyId(gone.id()));

        Reply listed = api.get("/api/v1/duplicates/companies?reason=similar_name&limit=1&cursor=similar_name:mergeco"
                + phone.substring(0, 9));
        Reply merged = api.post("/api/v1/companies/merge", """
                {"survivor_id": %d, "records": [{"id": %d, "version": %d}, {"id": %d, "version": %d}]}
                """.formatted(
                        kept.id(), kept.id(), kept.version(), gone.id(), gone.version()));

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().path("items").get(0).path("key").asString()).isEqualTo("mergeco" + phone);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().path("record").path("phone").asString()).isEqualTo(phone);
        assertThat(merged.json().path("relinked").path("contacts").asInt()).isEqualTo(1);
        assertThat(crm.contacts().getById(employee.id()).companyId()).isEqualTo(kept.id());
    }
}
