package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/contacts}: search, read, create, replace, patch and delete contacts. */
@RestController
@RequestMapping(path = "/api/v1/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "contacts")
class ContactsApi {

    private final Crm crm;

    ContactsApi(Crm crm) {
        this.crm = crm;
    }

    @GetMapping
    @Operation(
            summary = "List contacts",
            description = "q matches name, email and company ignoring case;"
                    + " sort is one of id, last_name, email, company, created_at, updated_at, '-' for descending;"
                    + " limit 1-500 (default 50); cursor is next_cursor of the previous page.")
    PageJson<ContactJson> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "false") boolean total) {
        SortParam<ContactSort> order = SortParam.parse(sort, ContactSort.class, ContactSort.ID);
        ContactQuery query =
                new ContactQuery(q, company, new PageRequest<>(order.field(), order.direction(), limit, cursor, total));
        return PageJson.of(crm.contacts().find(query), ContactJson::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a contact", description = "The ETag header carries the version.")
    ResponseEntity<ContactJson> get(@PathVariable long id) {
        Contact contact = crm.contacts().getById(id);
        return Responses.ok(ContactJson.of(contact), contact.version());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a contact", description = "first_name, last_name and a unique email are required.")
    ResponseEntity<ContactJson> create(@RequestBody @Schema(implementation = ContactJson.class) JsonNode body) {
        Contact contact = crm.contacts().create(ContactJson.create(body));
        return Responses.created(contact.id(), ContactJson.of(contact), contact.version());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a contact", description = "Every field; an absent optional field is cleared.")
    ResponseEntity<ContactJson> replace(
            @PathVariable long id,
            @RequestBody @Schema(implementation = ContactJson.class) JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Contact contact = crm.contacts().update(id, ContactJson.update(body, JsonInput.Mode.FULL, ifMatch));
        return Responses.ok(ContactJson.of(contact), contact.version());
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Change some fields of a contact", description = "Absent fields stay; null clears a field.")
    ResponseEntity<ContactJson> patch(
            @PathVariable long id,
            @RequestBody @Schema(implementation = ContactJson.class) JsonNode body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Contact contact = crm.contacts().update(id, ContactJson.update(body, JsonInput.Mode.PARTIAL, ifMatch));
        return Responses.ok(ContactJson.of(contact), contact.version());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a contact", description = "Also deletes its tasks; its deals stay, without a contact.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        crm.contacts().deleteById(id);
        return ResponseEntity.noContent().build();
    }
}
