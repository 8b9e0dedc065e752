package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldType;
import dev.crmkit.core.customfield.CustomFieldUpdate;
import dev.crmkit.core.customfield.NewCustomField;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.examples.web.problem.ApiValidationException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/custom-fields}: list, read, define, change and delete the custom fields of
 * contacts, companies and deals. A field's kind, key and type never change; deleting a field
 * removes its values from every record.
 */
@ApiController(path = "/api/v1/custom-fields", tag = "custom-fields")
record CustomFieldsApi(Crm crm) {

    static final Set<String> CREATE =
            Set.of("kind", "key", "label", "type", "max_length", "scale", "options", "required");
    private static final Set<String> CHANGE = Set.of("label", "max_length", "options", "required");
    /** Sent back unchanged, they are ignored; kind, key, type and scale are refused: they never change. */
    static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at", "version");

    /** The fields, in the order they were defined. */
    record CustomFieldListJson(List<CustomFieldJson> items) {}

    @GetMapping
    @Operation(
            summary = "List custom fields",
            description = "kind (contact, company or deal) keeps that kind's fields; without it, every field.")
    CustomFieldListJson list(@RequestParam(required = false) @Nullable String kind) {
        List<CustomFieldKind> kinds = kind == null ? List.of(CustomFieldKind.values()) : List.of(kind(kind, "kind"));
        List<CustomFieldJson> items = new ArrayList<>();
        kinds.forEach(k -> crm.customFields().list(k).forEach(field -> items.add(CustomFieldJson.of(field))));
        return new CustomFieldListJson(items);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a custom field")
    ResponseEntity<CustomFieldJson> get(@PathVariable long id) {
        return ok(crm.customFields().getById(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Define a custom field",
            description = "kind, key (a lower-case identifier, unique per kind), label and type are required;"
                    + " max_length (text, default 255), scale (number, default 0), options (choice, multi_choice).")
    ResponseEntity<CustomFieldJson> create(@RequestBody JsonNode body) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.FULL, CREATE, Set.of());
        Patch<CustomFieldKind> kind = in.key("kind", code -> kind(code, "kind"));
        Patch<String> key = in.text("key");
        Patch<String> label = in.text("label");
        Patch<CustomFieldType> type = in.key("type", CustomFieldsApi::type);
        Patch<Integer> maxLength = in.integer("max_length");
        Patch<Integer> scale = in.integer("scale");
        Patch<List<String>> options = in.strings("options");
        Patch<Boolean> required = in.bool("required");
        // The definition's own rules run even after a type error, so that one answer names every error.
        CustomField field = crm.customFields()
                .create(in.build(() -> new NewCustomField(
                        JsonInput.value(kind),
                        JsonInput.value(key),
                        JsonInput.value(label),
                        JsonInput.value(type),
                        JsonInput.value(maxLength),
                        JsonInput.value(scale),
                        options.applyTo(List.of()) == null ? List.of() : options.applyTo(List.of()),
                        Boolean.TRUE.equals(JsonInput.value(required)))));
        return Responses.created(field.id(), CustomFieldJson.of(field), field.version());
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(
            summary = "Change a custom field",
            description =
                    "label, required, max_length (text) and options (choices); the kind, key and type never change."
                            + " Stored values stay as they are; the new rules apply to each record's next write.")
    ResponseEntity<CustomFieldJson> patch(
            @PathVariable long id,
            @RequestBody JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.PARTIAL, CHANGE, READ_ONLY);
        Patch<String> label = in.text("label");
        Patch<Integer> maxLength = in.integer("max_length");
        Patch<List<String>> options = in.strings("options");
        Patch<Boolean> required = in.bool("required");
        Long version = Responses.expectedVersion(
                Responses.matching(ifMatch, () -> crm.customFields().getById(id).version()), in.version());
        CustomFieldUpdate update = in.build(() -> {
            CustomFieldUpdate checked = new CustomFieldUpdate(
                    JsonInput.value(label),
                    JsonInput.value(required),
                    JsonInput.value(maxLength),
                    options.isPresent() ? options.applyTo(List.of()) : null,
                    version);
            // Its rules depend on the stored type: checked against it now, with the type errors, and again by
            // the service in its transaction.
            checked.applyTo(crm.customFields().getById(id));
            return checked;
        });
        return Responses.guarded(ifMatch, () -> ok(crm.customFields().update(id, update)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a custom field", description = "Also removes its value from every record of its kind.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        crm.customFields().deleteById(id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<CustomFieldJson> ok(CustomField field) {
        return Responses.ok(CustomFieldJson.of(field), field.version());
    }

    static CustomFieldKind kind(String code, String parameter) {
        return CustomFieldKind.ofCode(code)
                .orElseThrow(
                        () -> new ApiValidationException(Map.of(parameter, "must be one of: contact, company, deal")));
    }

    private static CustomFieldType type(String code) {
        return CustomFieldType.ofCode(code)
                .orElseThrow(() -> new ApiValidationException(Map.of(
                        "type",
                        "must be one of: "
                                + Arrays.stream(CustomFieldType.values())
                                        .map(CustomFieldType::code)
                                        .collect(Collectors.joining(", ")))));
    }
}
