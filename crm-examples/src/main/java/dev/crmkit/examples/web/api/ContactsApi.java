package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/contacts}: search, read, create, replace, patch and delete contacts. */
@CrudController(
        path = "/api/v1/contacts",
        plural = "contacts",
        noun = "contact",
        get = "The ETag header carries the version.",
        create = "first_name, last_name and a unique email are required.",
        replace = "Every field; an absent optional field is cleared.",
        patch = "Absent fields stay; null clears a field.",
        delete = "Also deletes its tasks; its deals stay, without a contact.")
class ContactsApi extends TaggedCrudApi<Contact, ContactJson> {

    ContactsApi(Crm crm) {
        super(crm, crm.contacts(), ContactJson.CODEC);
    }

    @GetMapping
    @Operation(
            description = "q matches name, email and company ignoring case;"
                    + " sort is one of id, last_name, email, company, created_at, updated_at, '-' for descending;"
                    + " limit 1-500 (default 50); cursor is next_cursor of the previous page;"
                    + " tag (repeatable) keeps contacts carrying every given tag, ignoring case; "
                    + CustomFieldParams.DOCS)
    PageJson<ContactJson> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam(name = "tag", required = false) @Nullable List<String> tag,
            PageRequest<ContactSort> page,
            @RequestParam(name = "company_id", required = false) @Nullable Long companyId,
            CustomFieldParams customFields) {
        return list(
                customFields,
                () -> new ContactQuery(q, company, page, companyId, tags(tag), customFields.filters()),
                crm.contacts()::find);
    }
}
