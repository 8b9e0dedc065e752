package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.TaskQuery;
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

/** {@code /contacts}: search, sort and page through contacts; create, edit and delete them with plain forms. */
@Controller
final class ContactsPage {

    private final Crm crm;
    private final RecordPages<Contact> pages;

    ContactsPage(Crm crm) {
        this.crm = crm;
        this.pages = new RecordPages<>(
                crm,
                new RecordPages.Kind<>(
                        "contacts",
                        "contact",
                        TaggableKind.CONTACT,
                        CustomFieldKind.CONTACT,
                        Contact::fullName,
                        Contact::customFields,
                        () -> Map.of("companies", companies())));
    }

    @GetMapping("/contacts")
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
                SortParam.parse(sort, ContactSort.class, ContactSort.LAST_NAME),
                cursor,
                tag,
                customFields,
                query,
                (text, page, tags, filters) -> crm.contacts()
                        .find(new ContactQuery(text, null, page).withTags(tags).withCustomFields(filters)),
                model);
    }

    @GetMapping("/contacts/new")
    String newForm(Model model) {
        return pages.form(model, ContactForm.empty(), null, null);
    }

    @PostMapping("/contacts")
    ModelAndView create(@ModelAttribute ContactForm form, HttpServletRequest request, RedirectAttributes redirect) {
        return pages.save(
                form,
                null,
                form.tagNames(),
                request,
                redirect,
                values -> crm.contacts().create(form.toNew(), CustomFieldValues.of(values)));
    }

    @GetMapping("/contacts/{id}")
    String show(@PathVariable long id, Model model) {
        Contact contact = crm.contacts().getById(id);
        model.addAttribute(
                "deals",
                crm.deals().find(DealQuery.all().withContact(id).limit(100)).items());
        model.addAttribute(
                "tasks",
                crm.tasks().find(TaskQuery.all().withContact(id).limit(100)).items());
        return pages.show(model, "contact", contact);
    }

    @GetMapping("/contacts/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Contact contact = crm.contacts().getById(id);
        return pages.form(model, ContactForm.of(contact, pages.tagsOf(id)), id, contact);
    }

    @PostMapping("/contacts/{id}")
    ModelAndView update(
            @PathVariable long id,
            @ModelAttribute ContactForm form,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        return pages.save(
                form,
                id,
                form.tagNames(),
                request,
                redirect,
                values -> crm.contacts().update(id, form.toUpdate(), values));
    }

    @PostMapping("/contacts/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        crm.contacts().deleteById(id);
        redirect.addFlashAttribute("notice", "Deleted the contact and its tasks.");
        return "redirect:/contacts";
    }

    /** The company picker's choices, by name. */
    private List<Company> companies() {
        return crm.companies()
                .find(CompanyQuery.all()
                        .sortedBy(CompanySort.NAME, SortDirection.ASC)
                        .limit(PageRequest.MAX_LIMIT))
                .items();
    }
}
