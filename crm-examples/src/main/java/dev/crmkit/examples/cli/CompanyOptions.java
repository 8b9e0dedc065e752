package dev.crmkit.examples.cli;

import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.query.PageRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A company's fields as the options of {@code crm companies}: the ones {@code create} and {@code update}
 * take alike are declared once, here; {@link Create} and {@link Update} add those they take their own
 * way (required or explained on create) and build crm-core's command. {@link Filter} is the list's.
 */
class CompanyOptions {

    @Option(names = "--industry", description = "e.g. software")
    @Nullable
    String industry;

    @Option(names = "--phone", description = "phone number")
    @Nullable
    String phone;

    @Option(names = "--address", description = "postal address")
    @Nullable
    String address;

    @Option(names = "--notes", description = "free text")
    @Nullable
    String notes;

    /** {@code companies create}: the name is required. */
    static final class Create extends CompanyOptions {

        // picocli sets the required option before the command runs
        @Option(names = "--name", required = true, description = "the company's name")
        String name = "";

        @Option(names = "--domain", description = "e.g. example.com or a web address")
        @Nullable
        String domain;

        @Option(names = "--size", description = "head count or band, e.g. 11-50")
        @Nullable
        String size;

        NewCompany command() {
            return new NewCompany(name, domain, industry, size, phone, address, notes);
        }
    }

    /** {@code companies update}: an option not given leaves its field, an empty value clears it. */
    static final class Update extends CompanyOptions {

        @Option(names = "--name", description = "the company's name")
        @Nullable
        String name;

        @Option(names = "--domain", description = "e.g. example.com or a web address")
        @Nullable
        String domain;

        @Option(names = "--size", description = "head count or band, e.g. 11-50")
        @Nullable
        String size;

        CompanyUpdate command() {
            return new CompanyUpdate(
                    Patches.of(name),
                    Patches.of(domain),
                    Patches.of(industry),
                    Patches.of(size),
                    Patches.of(phone),
                    Patches.of(address),
                    Patches.of(notes),
                    null);
        }
    }

    /** The search and tags of {@code companies list} and {@code export companies}; the list adds the page. */
    static final class Filter {

        @Option(
                names = {"--search", "-q"},
                description = "matches name and domain")
        @Nullable
        String text;

        @Mixin
        TagOptions.Filter tags = new TagOptions.Filter();

        CompanyQuery query(PageRequest<CompanySort> page) {
            // crm-core calls the search text "text": said as the option typed
            return UserErrors.naming(Map.of("text", "--search"), () -> new CompanyQuery(text, page, tags.names()));
        }
    }
}
