package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.tag.TaggableKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A company as the API shows it, and how request bodies become company commands. */
public record CompanyJson(
        long id,
        String name,
        @Nullable String domain,
        @Nullable String industry,
        @Nullable String size,
        @Nullable String phone,
        @Nullable String address,
        @Nullable String notes,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        long version,
        List<String> tags,
        @JsonProperty("custom_fields") Map<String, Object> customFields) {

    static final Set<String> WRITABLE =
            Set.of("name", "domain", "industry", "size", "phone", "address", "notes", "tags", CustomFieldsJson.FIELD);
    static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at", "version");

    /** How {@link CompaniesApi} reads and writes companies. */
    static final JsonCodec.Tagged<Company, CompanyJson, NewCompany, CompanyUpdate> CODEC =
            new JsonCodec.Tagged<>(TaggableKind.COMPANY, CompanyJson::of, CompanyJson::create, CompanyJson::update);

    static CompanyJson of(Company company, List<String> tags) {
        return new CompanyJson(
                company.id(),
                company.name(),
                company.domain(),
                company.industry(),
                company.size(),
                company.phone(),
                company.address(),
                company.notes(),
                company.createdAt(),
                company.updatedAt(),
                company.version(),
                List.copyOf(tags),
                company.customFields().asMap());
    }

    static NewCompany create(JsonNode body) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.FULL, WRITABLE, READ_ONLY);
        var name = in.text("name");
        var domain = in.text("domain");
        var industry = in.text("industry");
        var size = in.text("size");
        var phone = in.text("phone");
        var address = in.text("address");
        var notes = in.text("notes");
        return in.build(() -> new NewCompany(
                JsonInput.value(name),
                JsonInput.value(domain),
                JsonInput.value(industry),
                JsonInput.value(size),
                JsonInput.value(phone),
                JsonInput.value(address),
                JsonInput.value(notes)));
    }

    /** A PUT ({@link JsonInput.Mode#FULL}) or PATCH ({@link JsonInput.Mode#PARTIAL}) body as an update. */
    static CompanyUpdate update(JsonNode body, JsonInput.Mode mode, @Nullable String ifMatch) {
        JsonInput in = JsonInput.of(body, mode, WRITABLE, READ_ONLY);
        var name = in.text("name");
        var domain = in.text("domain");
        var industry = in.text("industry");
        var size = in.text("size");
        var phone = in.text("phone");
        var address = in.text("address");
        var notes = in.text("notes");
        Long version = Responses.expectedVersion(ifMatch, in.version());
        return in.build(() -> new CompanyUpdate(name, domain, industry, size, phone, address, notes, version));
    }
}
