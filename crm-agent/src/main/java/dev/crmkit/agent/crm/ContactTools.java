package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.ContactView;
import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.service.ContactService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.jspecify.annotations.Nullable;

/**
 * The contact tools. Bounds follow {@link dev.crmkit.core.contact.Contact}'s limits, except notes,
 * which a model writes at most {@value CrmViews#TEXT_MAX} characters of. Thread-safe.
 */
record ContactTools(ContactService contacts) {

    static final ByIdTools<ContactTools, Contact> BY_ID = ByIdTools.of(
                    "contact", ContactTools::contacts, contact -> ContactView.of(contact, true))
            .deleting("Delete a contact and its tasks; its deals stay, without the contact.");

    @Tool(
            name = "create_contact",
            value = "Create a contact. Example: "
                    + "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"john@example.com\"}")
    ContactView createContact(
            @P("first name, e.g. John") @MaxLength(Contact.FIRST_NAME_MAX) String firstName,
            @P("last name, e.g. Doe") @MaxLength(Contact.LAST_NAME_MAX) String lastName,
            @P("email, e.g. john@example.com") @MaxLength(Contact.EMAIL_MAX) String email,
            @P("phone number") @MaxLength(Contact.PHONE_MAX) @Nullable String phone,
            @P("company name") @MaxLength(Contact.COMPANY_MAX) @Nullable String company,
            @P("job title") @MaxLength(Contact.POSITION_MAX) @Nullable String position,
            @P("notes") @FreeText @Nullable String notes,
            @P("id of the company the contact works for") @Nullable Long companyId,
            CustomFieldArguments custom) {
        return ContactView.of(
                contacts.create(
                        new NewContact(firstName, lastName, email, phone, company, position, notes, companyId),
                        custom.values()),
                true);
    }

    @Tool(
            name = "search_contacts",
            value = "Find contacts whose name, email or company contains the text. "
                    + "Example: {\"text\": \"doe\"}. Without arguments, lists contacts.")
    PageView<ContactView> searchContacts(
            @P("text to look for, e.g. doe") @SearchText @Nullable String text,
            @P("exact company name") @MaxLength(Contact.COMPANY_MAX) @Nullable String company,
            TagFilter tag,
            SortedPaging<ContactSort> paging) {
        ContactQuery query = ContactQuery.all()
                .withText(text)
                .withCompany(company)
                .withTags(tag.tags())
                .withPage(paging.request(ContactSort.ID));
        return PageView.of(contacts.find(query), contact -> ContactView.of(contact, false));
    }

    @Tool(
            name = "update_contact",
            value = "Change a contact. Only the fields given change; an empty string "
                    + "clears phone, company, position or notes. Example: {\"id\": 12, \"phone\": \"+1 555 0100\"}")
    ContactView updateContact(
            @P("contact id") long id,
            @P("new first name") @MaxLength(Contact.FIRST_NAME_MAX) Patch<String> firstName,
            @P("new last name") @MaxLength(Contact.LAST_NAME_MAX) Patch<String> lastName,
            @P("new email") @MaxLength(Contact.EMAIL_MAX) Patch<String> email,
            @P("new phone") @MaxLength(Contact.PHONE_MAX) Patch<String> phone,
            @P("new company") @MaxLength(Contact.COMPANY_MAX) Patch<String> company,
            @P("new job title") @MaxLength(Contact.POSITION_MAX) Patch<String> position,
            @P("new notes, replacing the old") @FreeText Patch<String> notes,
            @P("new company id, 0 for none") Patch<Long> companyId,
            CustomFieldArguments custom) {
        ContactUpdate update = new ContactUpdate(
                firstName, lastName, email, phone, company, position, notes, null, ToolArguments.link(companyId));
        return ContactView.of(contacts.update(id, update, custom.customFields()), true);
    }
}
