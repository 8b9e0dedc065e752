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
        plural = "contacts",
        create = "first_name, last_name and a unique email are required.",
        delete = "Also deletes its tasks; its deals stay, without a contact.")
class ContactsApi extends TaggedCrudApi<Contact, ContactJson, ContactQuery> {

    ContactsApi(Crm crm) {
        super(crm, crm.contacts(), ContactJson.CODEC);
    }

    @GetMapping
    @Operation(description = "q matches name, email and company ignoring case")
    PageJson<ContactJson> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String company,
            PageRequest<ContactSort> page,
            @RequestParam(name = TAG, required = false) @Nullable List<String> tag,
            @RequestParam(name = "company_id", required = false) @Nullable Long companyId,
            CustomFieldParams customFields) {
        return list(
                customFields, () -> new ContactQuery(q, company, page, companyId, tags(tag), customFields.filters()));
    }
}
