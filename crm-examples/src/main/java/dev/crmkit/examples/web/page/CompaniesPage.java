package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /companies}: search and page through companies; a company's page lists its contacts and
 * deals; create, edit and delete them with plain forms.
 */
@Controller
@RequestMapping("/companies")
final class CompaniesPage extends RecordController<Company, CompanySort, CompanyForm> {

    CompaniesPage(Crm crm) {
        super(
                crm,
                new RecordPages.Kind<>("companies", CustomFieldKind.COMPANY, Company::name),
                Records.of(
                        crm.companies(),
                        CompanySort.NAME,
                        CompanyForm::empty,
                        CompanyForm::of,
                        "Deleted the company; its contacts and deals stay."));
    }

    @Override
    Page<Company> find(
            @Nullable String text, PageRequest<CompanySort> page, List<String> tags, List<CustomFieldFilter> filters) {
        return crm.companies().find(new CompanyQuery(text, page, tags, filters));
    }

    @Override
    Map<String, List<?>> related(long id) {
        List<Contact> contacts = crm.contacts()
                .find(ContactQuery.all().withCompanyId(id).limit(100))
                .items();
        List<Deal> deals =
                crm.deals().find(DealQuery.all().withCompany(id).limit(100)).items();
        return Map.of("contacts", contacts, "deals", DealLine.of(crm, deals));
    }
}
