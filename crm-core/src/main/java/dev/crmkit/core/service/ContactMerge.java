package dev.crmkit.core.service;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.duplicate.DuplicateKind;
import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.tag.Tag;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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

    @Override
    DuplicateKind kind() {
        return DuplicateKind.CONTACT;
    }

    @Override
    CrmRepository<Contact> repository(UnitOfWork work) {
        return work.contacts();
    }

    @Override
    List<String> fields() {
        return FIELDS;
    }

    @Override
    boolean has(Contact c, String field) {
        return switch (field) {
            case "phone" -> c.phone() != null;
            case "company" -> c.company() != null || c.companyId() != null;
            case "position" -> c.position() != null;
            case "notes" -> c.notes() != null;
            case "customFields" -> !c.customFields().isEmpty();
            default -> true; // first name, last name and email are never null
        };
    }

    @Override
    Contact compose(Contact s, Function<String, Contact> source) {
        Contact company = source.apply("company");
        return new Contact(
                s.id(),
                source.apply("firstName").firstName(),
                source.apply("lastName").lastName(),
                source.apply("email").email(),
                source.apply("phone").phone(),
                company.company(),
                source.apply("position").position(),
                source.apply("notes").notes(),
                s.createdAt(),
                s.updatedAt(),
                s.version(),
                company.companyId(),
                source.apply("customFields").customFields());
    }

    @Override
    Contact touch(Contact record, Instant at) {
        return record.withUpdatedAt(at);
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
    Map<String, Integer> relink(Tx tx, Contact merged, List<Long> others, boolean write) {
        UnitOfWork work = tx.work();
        long to = merged.id();
        int deals = 0;
        int tasks = 0;
        int activities = 0;
        for (long from : others) {
            for (Deal deal : work.deals().findAll(DealQuery.all().withContact(from))) {
                deals++;
                if (write) {
                    work.deals().update(deal.withContactId(to).withUpdatedAt(tx.now()));
                }
            }
            for (Task task : work.tasks().findAll(TaskQuery.all().withContact(from), tx.today())) {
                tasks++;
                if (write) {
                    work.tasks().update(relinked(task, to, tx.now()));
                }
            }
            for (Activity activity :
                    work.activities().findAll(ActivityQuery.all().withContact(from))) {
                activities++;
                if (write) {
                    work.activities().update(relinked(activity, to, tx.now()));
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("deals", deals);
        counts.put("tasks", tasks);
        counts.put("activities", activities);
        counts.put("tags", moveTags(tx, TaggableKind.CONTACT, to, others, write));
        return counts;
    }

    /** Puts the others' tags on the survivor (those it lacks) and takes them off the others; returns how many it gains. */
    static int moveTags(Tx tx, TaggableKind kind, long to, List<Long> others, boolean write) {
        List<Long> all = new ArrayList<>(others);
        all.add(to);
        Map<Long, List<Tag>> tags = tx.work().tags().tagsOf(kind, all);
        Set<Long> kept = new LinkedHashSet<>();
        tags.getOrDefault(to, List.of()).forEach(tag -> kept.add(tag.id()));
        Set<Long> gained = new LinkedHashSet<>();
        for (long from : others) {
            tags.getOrDefault(from, List.of()).stream()
                    .map(Tag::id)
                    .filter(id -> !kept.contains(id))
                    .forEach(gained::add);
        }
        if (write) {
            gained.forEach(tagId -> tx.work().tags().addTagging(kind, to, tagId));
            others.forEach(from -> tx.work().tags().removeTaggings(kind, from));
        }
        return gained.size();
    }

    @Override
    CrmEvent merged(Contact survivor, List<Long> others, Map<String, Integer> relinked, Instant at) {
        return new ContactEvent.Merged(survivor, others, relinked, at);
    }

    private static Task relinked(Task t, long contactId, Instant at) {
        return new Task(
                t.id(),
                t.title(),
                t.description(),
                t.priority(),
                t.status(),
                contactId,
                t.dealId(),
                t.dueDate(),
                t.completedAt(),
                t.createdAt(),
                at,
                t.version());
    }

    /** The activity linked to the contact instead; its company and deal links stay. */
    static Activity relinked(Activity a, long contactId, Instant at) {
        return withLinks(a, contactId, a.companyId(), at);
    }

    /** The activity with other contact and company links. */
    static Activity withLinks(Activity a, @Nullable Long contactId, @Nullable Long companyId, Instant at) {
        return new Activity(
                a.id(),
                a.type(),
                a.subject(),
                a.body(),
                a.occurredAt(),
                a.duration(),
                a.outcome(),
                a.author(),
                contactId,
                companyId,
                a.dealId(),
                a.createdAt(),
                at,
                a.version());
    }
}
