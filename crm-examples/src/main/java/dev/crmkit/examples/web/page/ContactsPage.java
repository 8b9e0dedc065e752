package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.TaskQuery;
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

/** {@code /contacts}: search, sort and page through contacts; create, edit and delete them with plain forms. */
@Controller
final class ContactsPage {

    static final int PAGE_SIZE = 20;

    private final Crm crm;

    ContactsPage(Crm crm) {
        this.crm = crm;
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
        SortParam<ContactSort> order = SortParam.parse(sort, ContactSort.class, ContactSort.LAST_NAME);
        List<String> filterTags =
                tag == null ? List.of() : tag.stream().filter(t -> !t.isBlank()).toList();
        Page<Contact> page = crm.contacts()
                .find(new ContactQuery(
                                q, null, new PageRequest<>(order.field(), order.direction(), PAGE_SIZE, cursor, true))
                        .withTags(filterTags)
                        .withCustomFields(customFields.filters()));
        model.addAttribute("page", page);
        model.addAttribute(
                "tagsOf",
                crm.tags()
                        .tagsOf(
                                TaggableKind.CONTACT,
                                page.items().stream().map(Contact::id).toList()));
        CustomFieldListing listing = CustomFieldListing.of(crm.customFields().list(CustomFieldKind.CONTACT), query);
        model.addAttribute("fields", listing);
        model.addAttribute(
                "fieldsOf",
                page.items().stream().collect(Collectors.toMap(Contact::id, c -> listing.shown(c.customFields()))));
        model.addAttribute("tag", filterTags);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", order.format());
        model.addAttribute("sorts", ContactSort.values());
        return "contacts/list";
    }

    @GetMapping("/contacts/new")
    String newForm(Model model) {
        model.addAttribute(
                "customInputs",
                CustomFieldInputs.of(crm.customFields().list(CustomFieldKind.CONTACT), CustomFieldValues.empty()));
        return form(model, ContactForm.empty(), null, Map.of());
    }

    @PostMapping("/contacts")
    ModelAndView create(@ModelAttribute ContactForm form, HttpServletRequest request, RedirectAttributes redirect) {
        List<CustomField> fields = crm.customFields().list(CustomFieldKind.CONTACT);
        try {
            Contact contact = crm.inTransaction(() -> {
                Contact created = crm.contacts()
                        .create(form.toNew(), CustomFieldValues.of(CustomFieldInputs.values(fields, request)));
                crm.tags().replace(TaggableKind.CONTACT, created.id(), form.tagNames());
                return created;
            });
            redirect.addFlashAttribute("notice", "Created " + contact.fullName() + ".");
            return new ModelAndView("redirect:/contacts/" + contact.id());
        } catch (ValidationException e) {
            return invalid(form, null, e.errors(), CustomFieldInputs.posted(fields, request));
        } catch (ConflictException e) {
            return invalid(form, null, PageErrors.of(e), CustomFieldInputs.posted(fields, request));
        }
    }

    @GetMapping("/contacts/{id}")
    String show(@PathVariable long id, Model model) {
        Contact contact = crm.contacts().getById(id);
        model.addAttribute("contact", contact);
        model.addAttribute("tags", crm.tags().tagsOf(TaggableKind.CONTACT, id));
        model.addAttribute(
                "customValues",
                CustomFieldInputs.shown(crm.customFields().list(CustomFieldKind.CONTACT), contact.customFields()));
        model.addAttribute(
                "deals",
                crm.deals().find(DealQuery.all().withContact(id).limit(100)).items());
        model.addAttribute(
                "tasks",
                crm.tasks().find(TaskQuery.all().withContact(id).limit(100)).items());
        return "contacts/show";
    }

    @GetMapping("/contacts/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Contact contact = crm.contacts().getById(id);
        model.addAttribute(
                "customInputs",
                CustomFieldInputs.of(crm.customFields().list(CustomFieldKind.CONTACT), contact.customFields()));
        return form(model, ContactForm.of(contact, crm.tags().tagsOf(TaggableKind.CONTACT, id)), id, Map.of());
    }

    @PostMapping("/contacts/{id}")
    ModelAndView update(
            @PathVariable long id,
            @ModelAttribute ContactForm form,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        List<CustomField> fields = crm.customFields().list(CustomFieldKind.CONTACT);
        List<CustomFieldInputs.Input> posted = CustomFieldInputs.posted(fields, request);
        try {
            Contact contact = crm.inTransaction(() -> {
                Contact updated = crm.contacts().update(id, form.toUpdate(), CustomFieldInputs.values(fields, request));
                crm.tags().replace(TaggableKind.CONTACT, id, form.tagNames());
                return updated;
            });
            redirect.addFlashAttribute("notice", "Saved " + contact.fullName() + ".");
            return new ModelAndView("redirect:/contacts/" + id);
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
                            "Someone else changed this contact meanwhile."
                                    + " Reload the page to see their change, then edit again."),
                    posted);
        }
    }

    @PostMapping("/contacts/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        crm.contacts().deleteById(id);
        redirect.addFlashAttribute("notice", "Deleted the contact and its tasks.");
        return "redirect:/contacts";
    }

    private String form(Model model, ContactForm form, @Nullable Long id, Map<String, String> errors) {
        model.addAttribute("companies", companies());
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        return "contacts/form";
    }

    private ModelAndView invalid(
            ContactForm form, @Nullable Long id, Map<String, String> errors, List<CustomFieldInputs.Input> inputs) {
        ModelAndView view = new ModelAndView("contacts/form");
        view.addObject("customInputs", inputs);
        view.addObject("companies", companies());
        view.addObject("form", form);
        view.addObject("id", id);
        view.addObject("errors", errors);
        view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return view;
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
