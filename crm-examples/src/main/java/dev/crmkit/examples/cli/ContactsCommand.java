package dev.crmkit.examples.cli;

import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm contacts add|list|show|update|delete}. */
@Command(name = "contacts", description = "Manage contacts.")
final class ContactsCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("id", "first_name", "last_name", "email", "company", "tags");

    @Command(name = "add", description = "Add a contact.")
    int add(@Mixin ContactOptions.Add contact, @Mixin TagOptions.Given tags) {
        return createTagged(
                TaggableKind.CONTACT, tags, crm -> crm.contacts().create(contact.command()), Views::contact);
    }

    @Command(name = "list", description = "List contacts, a page at a time.")
    int list(@Mixin ContactOptions.Filter filter) {
        return listTagged(TaggableKind.CONTACT, crm -> crm.contacts().find(filter.query()), Views::contact, COLUMNS);
    }

    @Command(name = "show", description = "Show one contact.")
    int show(@Parameters(paramLabel = "<id>") long id) {
        return showTagged(TaggableKind.CONTACT, crm -> crm.contacts().getById(id), Views::contact);
    }

    @Command(name = "update", description = "Change the fields given; an empty value (--phone \"\") clears a field.")
    int update(@Parameters(paramLabel = "<id>") long id, @Mixin ContactOptions.Update contact) {
        return printRecord(crm -> Views.contact(crm.contacts().update(id, contact.command())));
    }

    @Command(name = "delete", description = "Delete a contact and its tasks; its deals stay, without a contact.")
    int delete(@Mixin DeleteOptions options) {
        return delete("contact", options, (crm, id) -> crm.contacts().deleteById(id));
    }
}
