package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.service.CompanyService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.jspecify.annotations.Nullable;

/**
 * The company tools. Bounds follow {@link Company}'s limits, except notes, which a model writes at
 * most {@value CrmViews#TEXT_MAX} characters of. Thread-safe.
 */
record CompanyTools(CompanyService companies) {

    static final ByIdTools<CompanyTools, Company> BY_ID = ByIdTools.of(
                    "company", CompanyTools::companies, company -> CompanyView.of(company, true))
            .deleting("Delete a company; its contacts and deals stay, without the company.");

    @Tool(name = "create_company", value = "Create a company. Example: {\"name\": \"Acme\", \"domain\": \"acme.com\"}")
    CompanyView createCompany(
            @P("company name, e.g. Acme") @MaxLength(Company.NAME_MAX) String name,
            @P("web domain, e.g. acme.com") @MaxLength(Company.DOMAIN_MAX) @Nullable String domain,
            @P("industry") @MaxLength(Company.INDUSTRY_MAX) @Nullable String industry,
            @P("head count or band, e.g. 11-50") @MaxLength(Company.SIZE_MAX) @Nullable String size,
            @P("phone number") @MaxLength(Company.PHONE_MAX) @Nullable String phone,
            @P("postal address") @MaxLength(Company.ADDRESS_MAX) @Nullable String address,
            @P("notes") @FreeText @Nullable String notes,
            CustomFieldArguments custom) {
        return CompanyView.of(
                companies.create(new NewCompany(name, domain, industry, size, phone, address, notes), custom.values()),
                true);
    }

    @Tool(
            name = "search_companies",
            value = "Find companies whose name or domain contains the text. Example: {\"text\": \"acme\"}. "
                    + "Without arguments, lists companies.")
    PageView<CompanyView> searchCompanies(
            @P("text to look for, e.g. acme") @SearchText @Nullable String text,
            TagFilter tag,
            SortedPaging<CompanySort> paging) {
        CompanyQuery query =
                CompanyQuery.all().withText(text).withTags(tag.tags()).withPage(paging.request(CompanySort.ID));
        return PageView.of(companies.find(query), company -> CompanyView.of(company, false));
    }

    @Tool(
            name = "update_company",
            value = "Change a company. Only the fields given change; an empty string clears an optional field. "
                    + "Example: {\"id\": 3, \"industry\": \"Software\"}")
    CompanyView updateCompany(
            @P("company id") long id,
            @P("new name") @MaxLength(Company.NAME_MAX) Patch<String> name,
            @P("new web domain") @MaxLength(Company.DOMAIN_MAX) Patch<String> domain,
            @P("new industry") @MaxLength(Company.INDUSTRY_MAX) Patch<String> industry,
            @P("new size") @MaxLength(Company.SIZE_MAX) Patch<String> size,
            @P("new phone") @MaxLength(Company.PHONE_MAX) Patch<String> phone,
            @P("new address") @MaxLength(Company.ADDRESS_MAX) Patch<String> address,
            @P("new notes, replacing the old") @FreeText Patch<String> notes,
            CustomFieldArguments custom) {
        CompanyUpdate update = new CompanyUpdate(name, domain, industry, size, phone, address, notes, null);
        return CompanyView.of(companies.update(id, update, custom.customFields()), true);
    }
}
