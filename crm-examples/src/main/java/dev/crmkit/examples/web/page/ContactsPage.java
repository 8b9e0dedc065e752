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
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** {@code /contacts}: search, sort and page through contacts; create, edit and delete them with plain forms. */
@Controller
@RequestMapping("/contacts")
final class ContactsPage extends RecordController<Contact, ContactSort, ContactForm> {

    ContactsPage(Crm crm) {
        super(
                crm,
                new RecordPages.Kind<>("contacts", CustomFieldKind.CONTACT, Contact::fullName),
                Records.of(
                        crm.contacts(),
                        ContactSort.LAST_NAME,
                        ContactForm::empty,
                        ContactForm::of,
                        "Deleted the contact and its tasks."));
    }

    @Override
    Page<Contact> find(
            @Nullable String text, PageRequest<ContactSort> page, List<String> tags, List<CustomFieldFilter> filters) {
        return crm.contacts()
                .find(new ContactQuery(text, null, page).withTags(tags).withCustomFields(filters));
    }

    @Override
    Map<String, List<?>> related(long id) {
        List<Deal> deals =
                crm.deals().find(DealQuery.all().withContact(id).limit(100)).items();
        List<Task> tasks =
                crm.tasks().find(TaskQuery.all().withContact(id).limit(100)).items();
        return Map.of("deals", DealLine.of(crm, deals), "tasks", tasks);
    }

    /** The company picker's choices, by name. */
    @Override
    Map<String, Object> formExtras() {
        List<Company> companies = crm.companies()
                .find(CompanyQuery.all()
                        .sortedBy(CompanySort.NAME, SortDirection.ASC)
                        .limit(PageRequest.MAX_LIMIT))
                .items();
        return Map.of("companies", companies);
    }
}
