package dev.crmkit.examples.cli;

import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crm companies create|list|show|update|delete}. */
@Command(name = "companies", description = "Manage companies.", mixinStandardHelpOptions = true)
final class CompaniesCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("id", "name", "domain", "industry", "tags");

    @Command(name = "create", aliases = "add", description = "Create a company.")
    int create(
            @Option(names = "--name", required = true) String name,
            @Option(names = "--domain", description = "e.g. example.com or a web address") @Nullable String domain,
            @Option(names = "--industry") @Nullable String industry,
            @Option(names = "--size", description = "head count or band, e.g. 11-50") @Nullable String size,
            @Option(names = "--phone") @Nullable String phone,
            @Option(names = "--address") @Nullable String address,
            @Option(names = "--notes") @Nullable String notes,
            @Mixin TagOptions.Given tags) {
        return createTagged(
                TaggableKind.COMPANY,
                tags,
                crm -> crm.companies().create(new NewCompany(name, domain, industry, size, phone, address, notes)),
                Views::company);
    }

    @Command(name = "list", description = "List companies, a page at a time.")
    int list(
            @Option(
                            names = {"--search", "-q"},
                            description = "matches name and domain")
                    @Nullable
                    String text,
            @Mixin TagOptions.Filter tags,
            @Mixin PageOptions page) {
        return listTagged(
                TaggableKind.COMPANY,
                crm -> crm.companies()
                        .find(new CompanyQuery(text, page.request(CompanySort.class, CompanySort.ID), tags.names())),
                Views::company,
                COLUMNS);
    }

    @Command(name = "show", description = "Show one company.")
    int show(@Parameters(paramLabel = "<id>") long id) {
        return showTagged(TaggableKind.COMPANY, crm -> crm.companies().getById(id), Views::company);
    }

    @Command(name = "update", description = "Change the fields given; an empty value (--phone \"\") clears a field.")
    int update(
            @Parameters(paramLabel = "<id>") long id,
            @Option(names = "--name") @Nullable String name,
            @Option(names = "--domain") @Nullable String domain,
            @Option(names = "--industry") @Nullable String industry,
            @Option(names = "--size") @Nullable String size,
            @Option(names = "--phone") @Nullable String phone,
            @Option(names = "--address") @Nullable String address,
            @Option(names = "--notes") @Nullable String notes) {
        CompanyUpdate update = new CompanyUpdate(
                Patches.of(name),
                Patches.of(domain),
                Patches.of(industry),
                Patches.of(size),
                Patches.of(phone),
                Patches.of(address),
                Patches.of(notes),
                null);
        return printRecord(crm -> Views.company(crm.companies().update(id, update)));
    }

    @Command(name = "delete", description = "Delete a company; its contacts and deals stay, without a company.")
    int delete(@Mixin DeleteOptions options) {
        return delete("company", options, (crm, id) -> crm.companies().deleteById(id));
    }
}
