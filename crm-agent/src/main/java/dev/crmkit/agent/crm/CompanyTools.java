package dev.crmkit.agent.crm;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.service.CompanyService;

/**
 * The company tools, all declared alike ({@link ByIdTools}, {@link EditTools}); their parameters, field
 * by field, are {@link CompanyArguments}. Thread-safe.
 */
record CompanyTools(CompanyService companies) {

    static final ByIdTools<CompanyTools, Company> BY_ID = ByIdTools.of(
                    "company", CompanyTools::companies, company -> CompanyView.of(company, true))
            .deleting("Delete a company; its contacts and deals stay, without the company.");

    static final EditTools<CompanyTools, Company, NewCompany, CompanyQuery, CompanyUpdate> EDIT =
            EditTools.customizable("company", "companies", CompanyTools::companies, CompanyView::of)
                    .creating(
                            CompanyArguments.Create.class,
                            "Create a company. Example: {\"name\": \"Acme\", \"domain\": \"acme.com\"}")
                    .searching(
                            CompanyArguments.Search.class,
                            "Find companies whose name or domain contains the text. Example: {\"text\": \"acme\"}. "
                                    + "Without arguments, lists companies.")
                    .updating(
                            CompanyArguments.Update.class,
                            "Change a company. Only the fields given change; an empty string clears an optional field. "
                                    + "Example: {\"id\": 3, \"industry\": \"Software\"}");
}
