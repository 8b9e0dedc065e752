package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.examples.web.api.CustomFieldParams;
import dev.crmkit.examples.web.api.SortParam;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

    CompaniesPage(Crm crm) {
        this.crm = crm;
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
        SortParam<CompanySort> order = SortParam.parse(sort, CompanySort.class, CompanySort.NAME);
        List<String> filterTags =
                tag == null ? List.of() : tag.stream().filter(t -> !t.isBlank()).toList();
        Page<Company> page = crm.companies()
                .find(new CompanyQuery(
                        q,
                        new PageRequest<>(order.field(), order.direction(), ContactsPage.PAGE_SIZE, cursor, true),
                        filterTags,
                        customFields.filters()));
        model.addAttribute("page", page);
        model.addAttribute(
                "tagsOf",
                crm.tags()
                        .tagsOf(
                                TaggableKind.COMPANY,
                                page.items().stream().map(Company::id).toList()));
        CustomFieldListing listing = CustomFieldListing.of(crm.customFields().list(CustomFieldKind.COMPANY), query);
        model.addAttribute("fields", listing);
        model.addAttribute(
                "fieldsOf",
                page.items().stream().collect(Collectors.toMap(Company::id, c -> listing.shown(c.customFields()))));
        model.addAttribute("tag", filterTags);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", order.format());
        model.addAttribute("sorts", CompanySort.values());
        return "companies/list";
    }

    @GetMapping("/companies/new")
    String newForm(Model model) {
        model.addAttribute("customInputs", CustomFieldInputs.of(fields(), CustomFieldValues.empty()));
        return form(model, CompanyForm.empty(), null);
    }

    @PostMapping("/companies")
    ModelAndView create(@ModelAttribute CompanyForm form, HttpServletRequest request, RedirectAttributes redirect) {
        List<CustomField> fields = fields();
        List<CustomFieldInputs.Input> posted = CustomFieldInputs.posted(fields, request);
        try {
            Company company = crm.inTransaction(() -> {
                Company created = crm.companies()
                        .create(form.toNew(), CustomFieldValues.of(CustomFieldInputs.values(fields, request)));
                crm.tags().replace(TaggableKind.COMPANY, created.id(), form.tagNames());
                return created;
            });
            redirect.addFlashAttribute("notice", "Created " + company.name() + ".");
            return new ModelAndView("redirect:/companies/" + company.id());
        } catch (ValidationException e) {
            return invalid(form, null, e.errors(), posted);
        } catch (ConflictException e) {
            return invalid(form, null, PageErrors.of(e), posted);
        }
    }

    @GetMapping("/companies/{id}")
    String show(@PathVariable long id, Model model) {
        Company company = crm.companies().getById(id);
        model.addAttribute("company", company);
        model.addAttribute(
                "customValues",
                CustomFieldInputs.shown(crm.customFields().list(CustomFieldKind.COMPANY), company.customFields()));
        model.addAttribute("tags", crm.tags().tagsOf(TaggableKind.COMPANY, id));
        model.addAttribute(
                "contacts",
                crm.contacts()
                        .find(ContactQuery.all().withCompanyId(id).limit(100))
                        .items());
        model.addAttribute(
                "deals",
                crm.deals().find(DealQuery.all().withCompany(id).limit(100)).items());
        return "companies/show";
    }

    @GetMapping("/companies/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Company company = crm.companies().getById(id);
        model.addAttribute("customInputs", CustomFieldInputs.of(fields(), company.customFields()));
        return form(model, CompanyForm.of(company, crm.tags().tagsOf(TaggableKind.COMPANY, id)), id);
    }

    @PostMapping("/companies/{id}")
    ModelAndView update(
            @PathVariable long id,
            @ModelAttribute CompanyForm form,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        List<CustomField> fields = fields();
        List<CustomFieldInputs.Input> posted = CustomFieldInputs.posted(fields, request);
        try {
            Company company = crm.inTransaction(() -> {
                Company updated =
                        crm.companies().update(id, form.toUpdate(), CustomFieldInputs.values(fields, request));
                crm.tags().replace(TaggableKind.COMPANY, id, form.tagNames());
                return updated;
            });
            redirect.addFlashAttribute("notice", "Saved " + company.name() + ".");
            return new ModelAndView("redirect:/companies/" + id);
        } catch (ValidationException e) {
            return invalid(form, id, e.errors(), posted);
        } catch (ConflictException e) {
            return invalid(form, id, PageErrors.of(e), posted);
        } catch (StaleVersionException e) {
            return invalid(
                    form,
                    id,
                    Map.of(
                            "form",
                            "Someone else changed this company meanwhile."
                                    + " Reload the page to see their change, then edit again."),
                    posted);
        }
    }

    @PostMapping("/companies/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        crm.companies().deleteById(id);
        redirect.addFlashAttribute("notice", "Deleted the company; its contacts and deals stay.");
        return "redirect:/companies";
    }

    private static String form(Model model, CompanyForm form, @Nullable Long id) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", Map.of());
        return "companies/form";
    }

    private List<CustomField> fields() {
        return crm.customFields().list(CustomFieldKind.COMPANY);
    }

    private static ModelAndView invalid(
            CompanyForm form, @Nullable Long id, Map<String, String> errors, List<CustomFieldInputs.Input> inputs) {
        ModelAndView view = new ModelAndView("companies/form");
        view.addObject("customInputs", inputs);
        view.addObject("form", form);
        view.addObject("id", id);
        view.addObject("errors", errors);
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
    }
}
