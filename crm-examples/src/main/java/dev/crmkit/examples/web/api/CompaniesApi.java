package dev.crmkit.examples.web.api;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.query.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /api/v1/companies}: search, read, create, replace, patch and delete companies. */
@CrudController(
        plural = "companies",
        create = "name is required; domain (a domain or web address) is stored normalized and unique.",
        delete = "Its contacts and deals stay, without a company (contacts keep its name as free text).")
class CompaniesApi extends TaggedCrudApi<Company, CompanyJson, CompanyQuery> {

    CompaniesApi(Crm crm) {
        super(crm, crm.companies(), CompanyJson.CODEC);
    }

    @GetMapping
    @Operation(description = "q matches name and domain ignoring case")
    PageJson<CompanyJson> list(
            @RequestParam(required = false) @Nullable String q,
            PageRequest<CompanySort> page,
            @RequestParam(name = TAG, required = false) @Nullable List<String> tag,
            CustomFieldParams customFields) {
        return list(customFields, () -> new CompanyQuery(q, page, tags(tag), customFields.filters()));
    }
}
