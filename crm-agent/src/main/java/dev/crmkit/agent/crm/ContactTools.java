package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.ContactView;
import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.service.ContactService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;

/**
 * The contact tools; their parameters, field by field, are {@link ContactArguments}. Thread-safe.
 */
record ContactTools(ContactService contacts) {

    static final ByIdTools<ContactTools, Contact> BY_ID = ByIdTools.of(
                    "contact", ContactTools::contacts, contact -> ContactView.of(contact, true))
            .deleting("Delete a contact and its tasks; its deals stay, without the contact.");

    @Tool(
            name = "create_contact",
            value = "Create a contact. Example: "
                    + "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"john@example.com\"}")
    ContactView createContact(ContactArguments.Create contact, CustomFieldArguments custom) {
        return ContactView.of(contacts.create(contact.command(), custom.values()), true);
    }

    @Tool(
            name = "search_contacts",
            value = "Find contacts whose name, email or company contains the text. "
                    + "Example: {\"text\": \"doe\"}. Without arguments, lists contacts.")
    PageView<ContactView> searchContacts(ContactArguments.Search search) {
        return PageView.of(contacts.find(search.query()), contact -> ContactView.of(contact, false));
    }

    @Tool(
            name = "update_contact",
            value = "Change a contact. Only the fields given change; an empty string "
                    + "clears phone, company, position or notes. Example: {\"id\": 12, \"phone\": \"+1 555 0100\"}")
    ContactView updateContact(@P("contact id") long id, ContactArguments.Update changes, CustomFieldArguments custom) {
        return ContactView.of(contacts.update(id, changes.update(), custom.customFields()), true);
    }
}
