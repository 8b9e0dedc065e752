package dev.crmkit.core.service;

import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.TaskQuery;
import java.util.List;
import java.util.Map;

/**
 * Merging contacts: the fields of {@link #FIELDS} ({@code company} is the link and its name
 * together); the others' deals, tasks, activities and tags move to the survivor. The company the
 * result links to, when the survivor did not, is locked after the contacts: a company deleted
 * meanwhile makes the merge fail with a validation error, never link to nothing.
 */
final class ContactMerge extends RecordMerge<Contact> {

    /** The fields a caller may choose. */
    static final List<String> FIELDS =
            List.of("firstName", "lastName", "email", "phone", "company", "position", "notes", "customFields");

    ContactMerge() {
        super(DuplicateKind.CONTACT, UnitOfWork::contacts, FIELDS, ContactEvent.Merged::new);
    }

    @Override
    List<String> components(String field) {
        return field.equals("company") ? List.of("company", "companyId") : List.of(field);
    }

    @Override
    void lockLinked(Tx tx, Contact survivor, Contact merged) {
        if (merged.companyId() != null && !merged.companyId().equals(survivor.companyId())) {
            FieldErrors errors = new FieldErrors();
            CompanyService.lockedCompany(tx, merged.companyId(), errors);
            errors.throwIfAny();
        }
    }

    @Override
    List<Linked<?>> linked(Tx tx, Contact merged) {
        UnitOfWork work = tx.work();
        Map<String, Long> link = Map.of("contactId", merged.id());
        return List.of(
                new Linked<>(
                        "deals",
                        work.deals(),
                        from -> work.deals().findAll(DealQuery.all().withContact(from)),
                        link),
                new Linked<>(
                        "tasks",
                        work.tasks(),
                        from -> work.tasks().findAll(TaskQuery.all().withContact(from), tx.today()),
                        link),
                new Linked<>(
                        "activities",
                        work.activities(),
                        from -> work.activities().findAll(ActivityQuery.all().withContact(from)),
                        link));
    }
}
