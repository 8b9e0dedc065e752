package dev.crmkit.examples.web.page;

import dev.crmkit.core.Crm;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.company.CompanyQuery;
import dev.crmkit.core.company.CompanySort;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactQuery;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.customfield.CustomFieldValues;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.TaskQuery;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /contacts}: search, sort and page through contacts; create, edit and delete them with plain forms. */
@Controller
@RequestMapping("/contacts")
final class ContactsPage extends RecordController<Contact, ContactSort, ContactForm> {

    private final Crm crm;

    ContactsPage(Crm crm) {
        super(
                new RecordPages<>(
                        crm,
                        new RecordPages.Kind<>(
                                "contacts",
                                "contact",
                                TaggableKind.CONTACT,
                                CustomFieldKind.CONTACT,
                                Contact::fullName,
                                Contact::customFields,
                                () -> Map.of("companies", companies(crm)))),
                ContactSort.class,
                ContactSort.LAST_NAME);
        this.crm = crm;
    }

    @Override
    Page<Contact> find(
            @Nullable String text, PageRequest<ContactSort> page, List<String> tags, List<CustomFieldFilter> filters) {
        return crm.contacts()
                .find(new ContactQuery(text, null, page).withTags(tags).withCustomFields(filters));
    }

    @Override
    Contact getById(long id) {
        return crm.contacts().getById(id);
    }

    @Override
    ContactForm emptyForm() {
        return ContactForm.empty();
    }

    @Override
    ContactForm formOf(Contact contact, List<String> tags) {
        return ContactForm.of(contact, tags);
    }

    @Override
    List<String> tagNames(ContactForm form) {
        return form.tagNames();
    }

    @Override
    Contact createFrom(ContactForm form, CustomFieldValues customFields) {
        return crm.contacts().create(form.toNew(), customFields);
    }

    @Override
    Contact updateFrom(long id, ContactForm form, Map<String, @Nullable Object> customFields) {
        return crm.contacts().update(id, form.toUpdate(), customFields);
    }

    @Override
    void addRelated(long id, Model model) {
        model.addAttribute(
                "deals",
                crm.deals().find(DealQuery.all().withContact(id).limit(100)).items());
        model.addAttribute(
                "tasks",
                crm.tasks().find(TaskQuery.all().withContact(id).limit(100)).items());
    }

    @Override
    String deleteById(long id) {
        crm.contacts().deleteById(id);
        return "Deleted the contact and its tasks.";
    }

    /** The company picker's choices, by name. */
    private static List<Company> companies(Crm crm) {
        return crm.companies()
                .find(CompanyQuery.all()
                        .sortedBy(CompanySort.NAME, SortDirection.ASC)
                        .limit(PageRequest.MAX_LIMIT))
                .items();
    }
}
