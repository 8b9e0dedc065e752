package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.examples.web.api.CustomFieldParams;
import dev.crmkit.examples.web.api.SortParam;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /companies}: search and page through companies; a company's page lists its contacts and
 * deals; create, edit and delete them with plain forms.
 */
@Controller
final class CompaniesPage {

    private final Crm crm;
    private final RecordPages<Company> pages;

    CompaniesPage(Crm crm) {
        this.crm = crm;
        this.pages = new RecordPages<>(
                crm,
                new RecordPages.Kind<>(
                        "companies",
                        "company",
                        TaggableKind.COMPANY,
                        CustomFieldKind.COMPANY,
                        Company::name,
                        Company::customFields,
                        Map::of));
    }

    @GetMapping("/companies")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(name = "tag", required = false) @Nullable List<String> tag,
            CustomFieldParams customFields,
            @RequestParam MultiValueMap<String, String> query,
            Model model) {
        return pages.list(
                q,
                SortParam.parse(sort, CompanySort.class, CompanySort.NAME),
                cursor,
                tag,
                customFields,
                query,
                (text, page, tags, filters) -> crm.companies().find(new CompanyQuery(text, page, tags, filters)),
                model);
    }

    @GetMapping("/companies/new")
    String newForm(Model model) {
        return pages.form(model, CompanyForm.empty(), null, null);
    }

    @PostMapping("/companies")
    ModelAndView create(@ModelAttribute CompanyForm form, HttpServletRequest request, RedirectAttributes redirect) {
        return pages.save(
                form,
                null,
                form.tagNames(),
                request,
                redirect,
                values -> crm.companies().create(form.toNew(), CustomFieldValues.of(values)));
    }

    @GetMapping("/companies/{id}")
    String show(@PathVariable long id, Model model) {
        Company company = crm.companies().getById(id);
        model.addAttribute(
                "contacts",
                crm.contacts()
                        .find(ContactQuery.all().withCompanyId(id).limit(100))
                        .items());
        model.addAttribute(
                "deals",
                crm.deals().find(DealQuery.all().withCompany(id).limit(100)).items());
        return pages.show(model, "company", company);
    }

    @GetMapping("/companies/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Company company = crm.companies().getById(id);
        return pages.form(model, CompanyForm.of(company, pages.tagsOf(id)), id, company);
    }

    @PostMapping("/companies/{id}")
    ModelAndView update(
            @PathVariable long id,
            @ModelAttribute CompanyForm form,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return pages.save(
                form,
                id,
                form.tagNames(),
                request,
                redirect,
                values -> crm.companies().update(id, form.toUpdate(), values));
    }

    @PostMapping("/companies/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        crm.companies().deleteById(id);
        redirect.addFlashAttribute("notice", "Deleted the company; its contacts and deals stay.");
        return "redirect:/companies";
    }
}
