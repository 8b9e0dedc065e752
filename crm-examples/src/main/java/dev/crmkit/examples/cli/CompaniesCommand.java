package dev.crmkit.examples.cli;

import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm companies create|list|show|update|delete}. */
@Command(name = "companies", description = "Manage companies.")
final class CompaniesCommand extends Subcommand {

    private static final List<String> COLUMNS = List.of("id", "name", "domain", "industry", "tags");

    @Command(name = "create", aliases = "add", description = "Create a company.")
    int create(@Mixin CompanyOptions.Create company, @Mixin TagOptions.Given tags) {
        return createTagged(
                TaggableKind.COMPANY, tags, crm -> crm.companies().create(company.command()), Views::company);
    }

    @Command(name = "list", description = "List companies, a page at a time.")
    int list(@Mixin CompanyOptions.Filter filter) {
        return listTagged(TaggableKind.COMPANY, crm -> crm.companies().find(filter.query()), Views::company, COLUMNS);
    }

    @Command(name = "show", description = "Show one company.")
    int show(@Parameters(paramLabel = "<id>") long id) {
        return showTagged(TaggableKind.COMPANY, crm -> crm.companies().getById(id), Views::company);
    }

    @Command(name = "update", description = "Change the fields given; an empty value (--phone \"\") clears a field.")
    int update(@Parameters(paramLabel = "<id>") long id, @Mixin CompanyOptions.Update company) {
        CompanyUpdate update = company.command();
        return printRecord(crm -> Views.company(crm.companies().update(id, update)));
    }

    @Command(name = "delete", description = "Delete a company; its contacts and deals stay, without a company.")
    int delete(@Mixin DeleteOptions options) {
        return delete("company", options, (crm, id) -> crm.companies().deleteById(id));
    }
}
