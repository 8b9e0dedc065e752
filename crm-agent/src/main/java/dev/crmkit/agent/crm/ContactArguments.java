package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.kernel.Patch;
import dev.langchain4j.agent.tool.P;
import org.jspecify.annotations.Nullable;

/**
 * The contact tools' parameters, field by field, as argument records the dispatcher expands: each
 * field's description and bound (from {@link Contact}'s limits, except notes, which a model writes at
 * most {@value CrmViews#TEXT_MAX} characters of), and the crm-core command or query they make. The
 * one place a contact field is described to a model; {@link ContactTools} holds only the tools.
 */
final class ContactArguments {

    private ContactArguments() {}

    /** The fields of {@code create_contact}. */
    record Create(
            @P("first name, e.g. John") @MaxLength(Contact.FIRST_NAME_MAX)
            String firstName,

            @P("last name, e.g. Doe") @MaxLength(Contact.LAST_NAME_MAX)
            String lastName,

            @P("email, e.g. john@example.com") @MaxLength(Contact.EMAIL_MAX)
            String email,

            @P("phone number") @MaxLength(Contact.PHONE_MAX) @Nullable
            String phone,

            @P("company name") @MaxLength(Contact.COMPANY_MAX) @Nullable
            String company,

            @P("job title") @MaxLength(Contact.POSITION_MAX) @Nullable
            String position,

            @P("notes") @FreeText @Nullable String notes,

            @P("id of the company the contact works for") @Nullable
            Long companyId)
            implements AggregateTools.Creating<NewContact> {

        @Override
        public NewContact command() {
            return new NewContact(firstName, lastName, email, phone, company, position, notes, companyId);
        }
    }

    /** The filters and paging of {@code search_contacts}. */
    record Search(
            @P("text to look for, e.g. doe") @SearchText @Nullable
            String text,

            @P("exact company name") @MaxLength(Contact.COMPANY_MAX) @Nullable
            String company,

            TagFilter tag,
            SortedPaging<ContactSort> paging)
            implements AggregateTools.Searching<ContactQuery> {

        @Override
        public ContactQuery query() {
            return ContactQuery.all()
                    .withText(text)
                    .withCompany(company)
                    .withTags(tag.tags())
                    .withPage(paging.request(ContactSort.ID));
        }
    }

    /** The fields {@code update_contact} changes, each left as it is when not given. */
    record Update(
            @P("new first name") @MaxLength(Contact.FIRST_NAME_MAX)
            Patch<String> firstName,

            @P("new last name") @MaxLength(Contact.LAST_NAME_MAX)
            Patch<String> lastName,

            @P("new email") @MaxLength(Contact.EMAIL_MAX) Patch<String> email,
            @P("new phone") @MaxLength(Contact.PHONE_MAX) Patch<String> phone,

            @P("new company") @MaxLength(Contact.COMPANY_MAX)
            Patch<String> company,

            @P("new job title") @MaxLength(Contact.POSITION_MAX)
            Patch<String> position,

            @P("new notes, replacing the old") @FreeText Patch<String> notes,
            @P("new company id, 0 for none") Patch<Long> companyId)
            implements AggregateTools.Updating<ContactUpdate> {

        /** @return the update, without an expected version: a tool changes the record as it is now */
        @Override
        public ContactUpdate update() {
            return new ContactUpdate(
                    firstName, lastName, email, phone, company, position, notes, null, ToolArguments.link(companyId));
        }
    }
}
