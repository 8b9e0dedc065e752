package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.tag.TaggableKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A contact as the API shows it, and how request bodies become contact commands. */
public record ContactJson(
        long id,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String email,
        @Nullable String phone,
        @Nullable String company,
        @Nullable String position,
        @Nullable String notes,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        long version,
        @JsonProperty("company_id") @Nullable Long companyId,
        List<String> tags,
        @JsonProperty("custom_fields") Map<String, Object> customFields) {

    static final Set<String> WRITABLE = Set.of(
            "first_name",
            "last_name",
            "email",
            "phone",
            "company",
            "position",
            "notes",
            "company_id",
            "tags",
            CustomFieldsJson.FIELD);
    static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at", "version");

    /** How {@link ContactsApi} reads and writes contacts. */
    static final JsonCodec.Tagged<Contact, ContactJson, NewContact, ContactUpdate> CODEC =
            new JsonCodec.Tagged<>(TaggableKind.CONTACT, ContactJson::of, ContactJson::create, ContactJson::update);

    static ContactJson of(Contact contact, List<String> tags) {
        return new ContactJson(
                contact.id(),
                contact.firstName(),
                contact.lastName(),
                contact.email(),
                contact.phone(),
                contact.company(),
                contact.position(),
                contact.notes(),
                contact.createdAt(),
                contact.updatedAt(),
                contact.version(),
                contact.companyId(),
                List.copyOf(tags),
                contact.customFields().asMap());
    }

    static NewContact create(JsonNode body) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.FULL, WRITABLE, READ_ONLY);
        var first = in.text("first_name");
        var last = in.text("last_name");
        var email = in.text("email");
        var phone = in.text("phone");
        var company = in.text("company");
        var position = in.text("position");
        var notes = in.text("notes");
        var companyId = in.id("company_id");
        return in.build(() -> new NewContact(
                JsonInput.value(first),
                JsonInput.value(last),
                JsonInput.value(email),
                JsonInput.value(phone),
                JsonInput.value(company),
                JsonInput.value(position),
                JsonInput.value(notes),
                JsonInput.value(companyId)));
    }

    /** A PUT ({@link JsonInput.Mode#FULL}) or PATCH ({@link JsonInput.Mode#PARTIAL}) body as an update. */
    static ContactUpdate update(JsonNode body, JsonInput.Mode mode, @Nullable String ifMatch) {
        JsonInput in = JsonInput.of(body, mode, WRITABLE, READ_ONLY);
        var first = in.text("first_name");
        var last = in.text("last_name");
        var email = in.text("email");
        var phone = in.text("phone");
        var company = in.text("company");
        var position = in.text("position");
        var notes = in.text("notes");
        var companyId = in.id("company_id");
        Long version = Responses.expectedVersion(ifMatch, in.version());
        return in.build(
                () -> new ContactUpdate(first, last, email, phone, company, position, notes, version, companyId));
    }
}
