package dev.crmkit.examples.cli;

import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.query.PageRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A contact's fields as the options of {@code crm contacts}: the ones {@code add} and {@code update}
 * take alike are declared once, here; {@link Add} and {@link Update} add those they take their own way
 * (required on add, {@code 0} detaches on update) and build crm-core's command. {@link Filter} is the
 * list's.
 */
class ContactOptions {

    @Option(names = "--phone", description = "phone number")
    @Nullable
    String phone;

    @Option(names = "--company", description = "company name, as free text")
    @Nullable
    String company;

    @Option(names = "--position", description = "job title")
    @Nullable
    String position;

    @Option(names = "--notes", description = "free text")
    @Nullable
    String notes;

    /** {@code contacts add}: names and email are required. */
    static final class Add extends ContactOptions {

        // picocli sets the required options before the command runs
        @Option(names = "--first-name", required = true, description = "first name")
        String firstName = "";

        @Option(names = "--last-name", required = true, description = "last name")
        String lastName = "";

        @Option(names = "--email", required = true, description = "email address, unique among contacts")
        String email = "";

        @Option(names = "--company-id", description = "link to this company (its name becomes --company)")
        @Nullable
        Long companyId;

        NewContact command() {
            return new NewContact(firstName, lastName, email, phone, company, position, notes, companyId);
        }
    }

    /** {@code contacts update}: an option not given leaves its field, an empty value clears it. */
    static final class Update extends ContactOptions {

        @Option(names = "--first-name", description = "first name")
        @Nullable
        String firstName;

        @Option(names = "--last-name", description = "last name")
        @Nullable
        String lastName;

        @Option(names = "--email", description = "email address, unique among contacts")
        @Nullable
        String email;

        @Option(names = "--company-id", description = "0 detaches the company")
        @Nullable
        Long companyId;

        ContactUpdate command() {
            return new ContactUpdate(
                    Patches.of(firstName),
                    Patches.of(lastName),
                    Patches.of(email),
                    Patches.of(phone),
                    Patches.of(company),
                    Patches.of(position),
                    Patches.of(notes),
                    null,
                    Patches.id(companyId));
        }
    }

    /** The filters and tags of {@code contacts list} and {@code export contacts}; the list adds the page. */
    static final class Filter {

        @Option(
                names = {"--search", "-q"},
                description = "matches name, email and company")
        @Nullable
        String text;

        @Option(names = "--company", description = "exactly this company")
        @Nullable
        String company;

        @Mixin
        TagOptions.Filter tags = new TagOptions.Filter();

        ContactQuery query(PageRequest<ContactSort> page) {
            // crm-core calls the search text "text": said as the option typed
            return UserErrors.naming(
                    Map.of("text", "--search"), () -> new ContactQuery(text, company, page).withTags(tags.names()));
        }
    }
}
