package dev.crmkit.examples.cli;

import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm contacts add|list|show|update|delete}. */
@Command(name = "contacts", description = "Manage contacts.", mixinStandardHelpOptions = true)
final class ContactsCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("id", "first_name", "last_name", "email", "company", "tags");

    @Command(name = "add", description = "Add a contact.")
    int add(
            @Option(names = "--first-name", required = true) String firstName,
            @Option(names = "--last-name", required = true) String lastName,
            @Option(names = "--email", required = true) String email,
            @Option(names = "--phone") @Nullable String phone,
            @Option(names = "--company") @Nullable String company,
            @Option(names = "--position") @Nullable String position,
            @Option(names = "--notes") @Nullable String notes,
            @Option(names = "--company-id", description = "link to this company (its name becomes --company)") @Nullable
                    Long companyId,
            @Mixin TagOptions.Given tags) {
        return createTagged(
                TaggableKind.CONTACT,
                tags,
                crm -> crm.contacts()
                        .create(new NewContact(firstName, lastName, email, phone, company, position, notes, companyId)),
                Views::contact);
    }

    @Command(name = "list", description = "List contacts, a page at a time.")
    int list(
            @Option(
                            names = {"--search", "-q"},
                            description = "matches name, email and company")
                    @Nullable
                    String text,
            @Option(names = "--company", description = "exactly this company") @Nullable String company,
            @Mixin TagOptions.Filter tags,
            @Mixin PageOptions page) {
        return listTagged(
                TaggableKind.CONTACT,
                crm -> crm.contacts()
                        .find(new ContactQuery(text, company, page.request(ContactSort.class, ContactSort.ID))
                                .withTags(tags.names())),
                Views::contact,
                COLUMNS);
    }

    @Command(name = "show", description = "Show one contact.")
    int show(@Parameters(paramLabel = "<id>") long id) {
        return showTagged(TaggableKind.CONTACT, crm -> crm.contacts().getById(id), Views::contact);
    }

    @Command(name = "update", description = "Change the fields given; an empty value (--phone \"\") clears a field.")
    int update(
            @Parameters(paramLabel = "<id>") long id,
            @Option(names = "--first-name") @Nullable String firstName,
            @Option(names = "--last-name") @Nullable String lastName,
            @Option(names = "--email") @Nullable String email,
            @Option(names = "--phone") @Nullable String phone,
            @Option(names = "--company") @Nullable String company,
            @Option(names = "--position") @Nullable String position,
            @Option(names = "--notes") @Nullable String notes,
            @Option(names = "--company-id", description = "0 detaches the company") @Nullable Long companyId) {
        return printRecord(crm -> Views.contact(crm.contacts()
                .update(
                        id,
                        new ContactUpdate(
                                Patches.of(firstName),
                                Patches.of(lastName),
                                Patches.of(email),
                                Patches.of(phone),
                                Patches.of(company),
                                Patches.of(position),
                                Patches.of(notes),
                                null,
                                Patches.id(companyId)))));
    }

    @Command(name = "delete", description = "Delete a contact and its tasks; its deals stay, without a contact.")
    int delete(@Mixin DeleteOptions options) {
        return delete("contact", options, (crm, id) -> crm.contacts().deleteById(id));
    }
}
