package dev.crmkit.agent.crm;

import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanyUpdate;
import dev.crmkit.core.company.NewCompany;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.service.CompanyService;
import dev.crmkit.core.service.CustomFieldService;

/**
 * The company tools, all declared alike ({@link AggregateTools}); their parameters, field
 * by field, are {@link CompanyArguments}. Thread-safe.
 */
record CompanyTools(CompanyService companies, CustomFieldService customFieldDefinitions)
        implements CustomFieldErrors.Defined {

    static final AggregateTools<CompanyTools, Company, NewCompany, CompanyQuery, CompanyUpdate> TOOLS =
            AggregateTools.customizable(
                            "company", "companies", CustomFieldKind.COMPANY, CompanyTools::companies, CompanyView::of)
                    .deleting("Delete a company; its contacts and deals stay, without the company.")
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
