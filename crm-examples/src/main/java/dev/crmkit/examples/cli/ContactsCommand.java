package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm contacts add|list|show|update|delete}. */
@Command(name = "contacts", description = "Manage contacts.")
final class ContactsCommand extends TaggedRecordCommand<Contact, NewContact, ContactUpdate, ContactQuery> {

    private static final List<String> COLUMNS = List.of("id", "first_name", "last_name", "email", "company", "tags");

    ContactsCommand() {
        super(new Records<>("contact", TaggableKind.CONTACT, Crm::contacts, Views::contact, COLUMNS));
    }

    @Command(name = "add", aliases = "create", description = "Add a contact.")
    int add(@Mixin ContactOptions.Add contact, @Mixin TagOptions.Given tags) {
        return created(tags, contact::command);
    }

    @Command(name = "list", description = "List contacts, a page at a time.")
    int list(@Mixin ContactOptions.Filter filter, @Mixin PageOptions page) {
        return listed(() -> filter.query(page.request(ContactSort.class, ContactSort.ID)));
    }

    @Command(name = "show", aliases = "get", description = "Show one contact.")
    int show(@Parameters(paramLabel = "<id>", description = "the contact's id") long id) {
        return shown(id);
    }

    @Command(name = "update", description = "Change the fields given; an empty value (--phone \"\") clears a field.")
    int update(
            @Parameters(paramLabel = "<id>", description = "the contact's id") long id,
            @Mixin ContactOptions.Update contact) {
        return updated(id, contact::command);
    }

    @Command(name = "delete", description = "Delete a contact and its tasks; its deals stay, without a contact.")
    int delete(@Mixin DeleteOptions options) {
        return deleted(options);
    }
}
