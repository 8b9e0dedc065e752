package dev.crmkit.examples.cli;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.tag.TaggableKind;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code crm companies create|list|show|update|delete}. */
@Command(name = "companies", description = "Manage companies.")
final class CompaniesCommand extends TaggedRecordCommand<Company, NewCompany, CompanyUpdate, CompanyQuery> {

    private static final List<String> COLUMNS = List.of("id", "name", "domain", "industry", "tags");

    CompaniesCommand() {
        super(new Records<>("company", TaggableKind.COMPANY, Crm::companies, Views::company, COLUMNS));
    }

    @Command(name = "create", aliases = "add", description = "Create a company.")
    int create(@Mixin CompanyOptions.Create company, @Mixin TagOptions.Given tags) {
        return created(tags, company::command);
    }

    @Command(name = "list", description = "List companies, a page at a time.")
    int list(@Mixin CompanyOptions.Filter filter, @Mixin PageOptions page) {
        return listed(() -> filter.query(page.request(CompanySort.class, CompanySort.ID)));
    }

    @Command(name = "show", aliases = "get", description = "Show one company.")
    int show(@Parameters(paramLabel = "<id>", description = "the company's id") long id) {
        return shown(id);
    }

    @Command(name = "update", description = "Change the fields given; an empty value (--phone \"\") clears a field.")
    int update(
            @Parameters(paramLabel = "<id>", description = "the company's id") long id,
            @Mixin CompanyOptions.Update company) {
        // checked before the database is opened
        CompanyUpdate update = company.command();
        return updated(id, () -> update);
    }

    @Command(name = "delete", description = "Delete a company; its contacts and deals stay, without a company.")
    int delete(@Mixin DeleteOptions options) {
        return deleted(options);
    }
}
