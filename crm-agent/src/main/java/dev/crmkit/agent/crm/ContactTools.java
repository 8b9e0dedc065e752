package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.ContactView;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.service.ContactService;
import dev.crmkit.core.service.CustomFieldService;

/**
 * The contact tools, all declared alike ({@link AggregateTools}); their parameters, field
 * by field, are {@link ContactArguments}. Thread-safe.
 */
record ContactTools(ContactService contacts, CustomFieldService customFieldDefinitions)
        implements CustomFieldErrors.Defined {

    static final AggregateTools<ContactTools, Contact, NewContact, ContactQuery, ContactUpdate> TOOLS =
            AggregateTools.customizable(
                            "contact", "contacts", CustomFieldKind.CONTACT, ContactTools::contacts, ContactView::of)
                    .deleting("Delete a contact and its tasks; its deals stay, without the contact.")
                    .creating(
                            ContactArguments.Create.class,
                            "Create a contact. Example: "
                                    + "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"john@example.com\"}")
                    .searching(
                            ContactArguments.Search.class,
                            "Find contacts whose name, email or company contains the text. "
                                    + "Example: {\"text\": \"doe\"}. Without arguments, lists contacts.")
                    .updating(
                            ContactArguments.Update.class,
                            "Change a contact. Only the fields given change; an empty string "
                                    + "clears phone, company, position or notes. Example: {\"id\": 12, \"phone\": \"+1 555 0100\"}");
}
