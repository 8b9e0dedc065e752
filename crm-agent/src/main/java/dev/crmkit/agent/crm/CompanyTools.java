package dev.crmkit.agent.crm;

import dev.crmkit.agent.crm.CrmViews.PageView;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.service.CompanyService;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;

/**
 * The company tools; their parameters, field by field, are {@link CompanyArguments}. Thread-safe.
 */
record CompanyTools(CompanyService companies) {

    static final ByIdTools<CompanyTools, Company> BY_ID = ByIdTools.of(
                    "company", CompanyTools::companies, company -> CompanyView.of(company, true))
            .deleting("Delete a company; its contacts and deals stay, without the company.");

    @Tool(name = "create_company", value = "Create a company. Example: {\"name\": \"Acme\", \"domain\": \"acme.com\"}")
    CompanyView createCompany(CompanyArguments.Create company, CustomFieldArguments custom) {
        return CompanyView.of(companies.create(company.command(), custom.values()), true);
    }

    @Tool(
            name = "search_companies",
            value = "Find companies whose name or domain contains the text. Example: {\"text\": \"acme\"}. "
                    + "Without arguments, lists companies.")
    PageView<CompanyView> searchCompanies(CompanyArguments.Search search) {
        return PageView.of(companies.find(search.query()), company -> CompanyView.of(company, false));
    }

    @Tool(
            name = "update_company",
            value = "Change a company. Only the fields given change; an empty string clears an optional field. "
                    + "Example: {\"id\": 3, \"industry\": \"Software\"}")
    CompanyView updateCompany(@P("company id") long id, CompanyArguments.Update changes, CustomFieldArguments custom) {
        return CompanyView.of(companies.update(id, changes.update(), custom.customFields()), true);
    }
}
