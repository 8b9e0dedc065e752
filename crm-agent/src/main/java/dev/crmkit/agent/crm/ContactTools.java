package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.ContactView;
import dev.crmkit.agent.crm.CrmViews.Deleted;
import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.agent.tool.RequiresConfirmation;
import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.service.ContactService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.jspecify.annotations.Nullable;

/**
 * The contact tools. Bounds follow {@link dev.crmkit.core.contact.Contact}'s limits, except notes,
 * which a model writes at most {@value CrmViews#TEXT_MAX} characters of. Thread-safe.
 */
public final class ContactTools {

    private final ContactService contacts;

    /** @param crm the CRM the tools act on */
    public ContactTools(Crm crm) {
        this.contacts = crm.contacts();
    }

    /**
     * Creates a contact (the {@code create_contact} tool).
     *
     * @param firstName first name, e.g. John
     * @param lastName last name, e.g. Doe
     * @param email email, e.g. john@example.com
     * @param phone phone number
     * @param company company name
     * @param position job title
     * @param notes notes
     * @return the new contact, with its notes
     * @throws ValidationException on a missing or malformed field
     * @throws ConflictException when the email is taken
     */
    @Tool(
            name = "create_contact",
            value = "Create a contact. Example: "
                    + "{\"firstName\": \"John\", \"lastName\": \"Doe\", \"email\": \"john@example.com\"}")
    public ContactView createContact(
            @P("first name, e.g. John") @MaxLength(Contact.FIRST_NAME_MAX) String firstName,
            @P("last name, e.g. Doe") @MaxLength(Contact.LAST_NAME_MAX) String lastName,
            @P("email, e.g. john@example.com") @MaxLength(Contact.EMAIL_MAX) String email,
            @P(value = "phone number", required = false) @MaxLength(Contact.PHONE_MAX) @Nullable String phone,
            @P(value = "company name", required = false) @MaxLength(Contact.COMPANY_MAX) @Nullable String company,
            @P(value = "job title", required = false) @MaxLength(Contact.POSITION_MAX) @Nullable String position,
            @P(value = "notes", required = false) @MaxLength(CrmViews.TEXT_MAX) @Nullable String notes) {
        return ContactView.of(
                contacts.create(new NewContact(firstName, lastName, email, phone, company, position, notes)), true);
    }

    /**
     * Reads one contact ({@code get_contact}).
     *
     * @param id contact id
     * @return the contact, with its notes
     * @throws NotFoundException when there is no such contact
     */
    @Tool(name = "get_contact", value = "Get one contact by its id. Example: {\"id\": 12}")
    public ContactView getContact(@P("contact id") long id) {
        return ContactView.of(contacts.getById(id), true);
    }

    /**
     * Lists contacts matching the text and company ({@code search_contacts}), one page at a time.
     *
     * @param text text to look for, e.g. doe
     * @param company exact company name
     * @param sort sort field, default id
     * @param direction asc or desc, default asc
     * @param limit how many, 1 to 100, default 20
     * @param cursor nextCursor of the previous page
     * @return the page, contacts without their notes
     * @throws ValidationException on a bad limit or cursor
     */
    @Tool(
            name = "search_contacts",
            value = "Find contacts whose name, email or company contains the text. "
                    + "Example: {\"text\": \"doe\"}. Without arguments, lists contacts. "
                    + "When nextCursor is returned, pass it as cursor to get the next page.")
    public PageView<ContactView> searchContacts(
            @P(value = "text to look for, e.g. doe", required = false)
                    @MaxLength(ToolArguments.SEARCH_TEXT_MAX)
                    @Nullable
                    String text,
            @P(value = "exact company name", required = false) @MaxLength(Contact.COMPANY_MAX) @Nullable String company,
            @P(value = "sort field, default id", required = false) @Nullable ContactSort sort,
            @P(value = "asc or desc, default asc", required = false) @Nullable SortDirection direction,
            @P(value = "how many, 1 to 100, default 20", required = false) @Nullable Long limit,
            @P(value = "nextCursor of the previous page", required = false)
                    @MaxLength(ToolArguments.CURSOR_MAX)
                    @Nullable
                    String cursor) {
        ContactQuery query = ContactQuery.all()
                .withText(text)
                .withCompany(company)
                .sortedBy(sort == null ? ContactSort.ID : sort, ToolArguments.direction(direction))
                .limit(ToolArguments.limit(limit))
                .after(cursor);
        return PageView.of(contacts.find(query), contact -> ContactView.of(contact, false));
    }

    /**
     * Changes the fields given of a contact ({@code update_contact}); an empty string clears an optional field.
     *
     * @param id contact id
     * @param firstName new first name
     * @param lastName new last name
     * @param email new email
     * @param phone new phone
     * @param company new company
     * @param position new job title
     * @param notes new notes, replacing the old
     * @return the contact as changed
     * @throws NotFoundException when there is no such contact
     * @throws ValidationException on a malformed field
     * @throws ConflictException when the new email is taken
     */
    @Tool(
            name = "update_contact",
            value = "Change a contact. Only the fields given change; an empty string "
                    + "clears phone, company, position or notes. Example: {\"id\": 12, \"phone\": \"+1 555 0100\"}")
    public ContactView updateContact(
            @P("contact id") long id,
            @P(value = "new first name", required = false) @MaxLength(Contact.FIRST_NAME_MAX) @Nullable
                    String firstName,
            @P(value = "new last name", required = false) @MaxLength(Contact.LAST_NAME_MAX) @Nullable String lastName,
            @P(value = "new email", required = false) @MaxLength(Contact.EMAIL_MAX) @Nullable String email,
            @P(value = "new phone", required = false) @MaxLength(Contact.PHONE_MAX) @Nullable String phone,
            @P(value = "new company", required = false) @MaxLength(Contact.COMPANY_MAX) @Nullable String company,
            @P(value = "new job title", required = false) @MaxLength(Contact.POSITION_MAX) @Nullable String position,
            @P(value = "new notes, replacing the old", required = false) @MaxLength(CrmViews.TEXT_MAX) @Nullable
                    String notes) {
        ContactUpdate.Builder update = ContactUpdate.builder();
        ToolArguments.given(firstName, update::firstName);
        ToolArguments.given(lastName, update::lastName);
        ToolArguments.given(email, update::email);
        ToolArguments.given(phone, update::phone);
        ToolArguments.given(company, update::company);
        ToolArguments.given(position, update::position);
        ToolArguments.given(notes, update::notes);
        return ContactView.of(contacts.update(id, update.build()), true);
    }

    /**
     * Deletes a contact with its tasks and detaches its deals ({@code delete_contact}); runs only after the host confirmed it.
     *
     * @param id contact id
     * @return what was deleted
     * @throws NotFoundException when there is no such contact
     */
    @RequiresConfirmation
    @Tool(
            name = "delete_contact",
            value = "Delete a contact and its tasks; its deals stay, without the contact. "
                    + "The user must confirm it first. Example: {\"id\": 12}")
    public Deleted deleteContact(@P("contact id") long id) {
        contacts.deleteById(id);
        return new Deleted("contact", id);
    }
}
