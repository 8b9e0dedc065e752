package dev.crmkit.core.storage.memory;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.customfield.CustomField;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.trash.TrashEntry;
import dev.crmkit.core.trash.TrashKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One state of the tables, and the schema's rules over it: the unique email, the references
 * (which refuse a change, like the foreign keys without an action) and the cascades (tasks of a
 * deleted contact go, its deals and a deleted deal's tasks are detached). Mutable; confined to one
 * unit of work, or replaced whole under the storage's lock.
 */
final class Tables {

    final TreeMap<Long, Contact> contacts;
    final TreeMap<Long, Pipeline> pipelines;
    final TreeMap<Long, Deal> deals;
    final TreeMap<Long, Task> tasks;
    final TreeMap<Long, Company> companies;
    final TreeMap<Long, Activity> activities = new TreeMap<>();
    final TreeMap<Long, DealStageChange> stageChanges = new TreeMap<>();
    /** The trash, by {@link #trashKey}. */
    final TreeMap<String, TrashEntry> trash = new TreeMap<>();

    final TreeMap<Long, CustomField> customFields = new TreeMap<>();

    Tables() {
        this(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    private Tables(
            TreeMap<Long, Contact> contacts,
            TreeMap<Long, Pipeline> pipelines,
            TreeMap<Long, Deal> deals,
            TreeMap<Long, Task> tasks,
            TreeMap<Long, Company> companies) {
        this.companies = companies;
        this.contacts = contacts;
        this.pipelines = pipelines;
        this.deals = deals;
        this.tasks = tasks;
    }

    Tables copy() {
        Tables copy = new Tables(
                new TreeMap<>(contacts),
                new TreeMap<>(pipelines),
                new TreeMap<>(deals),
                new TreeMap<>(tasks),
                new TreeMap<>(companies));
        copy.activities.putAll(activities);
        copy.stageChanges.putAll(stageChanges);
        copy.trash.putAll(trash);
        copy.customFields.putAll(customFields);
        return copy;
    }

    /** The key of a trash entry. */
    static String trashKey(TrashKind kind, long recordId) {
        return kind.code() + ":" + recordId;
    }

    /** The table holding records of this kind. */
    @SuppressWarnings("unchecked")
    <T> TreeMap<Long, T> table(Table kind) {
        return (TreeMap<Long, T>)
                switch (kind) {
                    case CONTACT -> contacts;
                    case PIPELINE -> pipelines;
                    case DEAL -> deals;
                    case TASK -> tasks;
                    case COMPANY -> companies;
                    case ACTIVITY -> activities;
                    case STAGE_CHANGE -> stageChanges;
                    case CUSTOM_FIELD -> customFields;
                };
    }

    /** Refuses an email another contact has (emails are stored lower-cased). */
    void requireEmailFree(Contact contact) {
        for (Contact other : contacts.values()) {
            if (other.id() != contact.id() && other.email().equals(contact.email())) {
                throw new ConflictException("email is already used by another contact", "email", other.id());
            }
        }
    }

    /** Refuses a key another field of the same kind has. */
    void requireKeyFree(CustomField field) {
        for (CustomField other : customFields.values()) {
            if (other.id() != field.id()
                    && other.kind() == field.kind()
                    && other.key().equals(field.key())) {
                throw new ConflictException("key is already the key of another field of this kind", "key", other.id());
            }
        }
    }

    /** Refuses a domain another company has (domains are stored normalized). */
    void requireDomainFree(Company company) {
        for (Company other : companies.values()) {
            if (other.id() != company.id()
                    && other.domain() != null
                    && other.domain().equals(company.domain())) {
                throw new ConflictException("domain is already used by another company", "domain", other.id());
            }
        }
    }

    /** Refuses a contact whose company is not there. */
    void requireReferences(Contact contact) {
        if (contact.companyId() != null && !companies.containsKey(contact.companyId())) {
            throw new ConflictException("companyId refers to a company that was deleted meanwhile", "companyId", null);
        }
    }

    /** Refuses a deal whose pipeline, stage or contact is not there. */
    void requireReferences(Deal deal) {
        Pipeline pipeline = pipelines.get(deal.pipelineId());
        if (pipeline == null) {
            throw new ConflictException("pipelineId refers to a pipeline that does not exist", "pipelineId", null);
        }
        if (pipeline.stage(deal.status()).isEmpty()) {
            throw new ConflictException("status refers to a stage that was removed", "status", null);
        }
        if (deal.contactId() != null && !contacts.containsKey(deal.contactId())) {
            throw new ConflictException("contactId refers to a contact that was deleted meanwhile", "contactId", null);
        }
        if (deal.companyId() != null && !companies.containsKey(deal.companyId())) {
            throw new ConflictException("companyId refers to a company that was deleted meanwhile", "companyId", null);
        }
    }

    /** Refuses a task whose contact or deal is not there. */
    void requireReferences(Task task) {
        if (task.contactId() != null && !contacts.containsKey(task.contactId())) {
            throw new ConflictException("contactId refers to a contact that was deleted meanwhile", "contactId", null);
        }
        if (task.dealId() != null && !deals.containsKey(task.dealId())) {
            throw new ConflictException("dealId refers to a deal that was deleted meanwhile", "dealId", null);
        }
    }

    /** Refuses an activity whose contact, company or deal is not there. */
    void requireReferences(Activity activity) {
        if (activity.contactId() != null && !contacts.containsKey(activity.contactId())) {
            throw new ConflictException("contactId refers to a contact that was deleted meanwhile", "contactId", null);
        }
        if (activity.companyId() != null && !companies.containsKey(activity.companyId())) {
            throw new ConflictException("companyId refers to a company that was deleted meanwhile", "companyId", null);
        }
        if (activity.dealId() != null && !deals.containsKey(activity.dealId())) {
            throw new ConflictException("dealId refers to a deal that was deleted meanwhile", "dealId", null);
        }
    }

    /** Refuses a stage change whose deal is not there. */
    void requireReferences(DealStageChange change) {
        if (!deals.containsKey(change.dealId())) {
            throw new ConflictException("dealId refers to a deal that was deleted meanwhile", "dealId", null);
        }
    }

    /** Refuses a pipeline (or its absence) that leaves a deal without its pipeline or stage. */
    void requireDealsKept(long pipelineId) {
        deals.values().stream().filter(deal -> deal.pipelineId() == pipelineId).forEach(this::requireReferences);
    }

    /**
     * The cascades of the schema after contacts or deals are gone: tasks of a missing contact are
     * deleted, deals and tasks keep no link to a missing contact or deal. Versions stay, as the
     * database's actions leave them.
     *
     * @return the ids of the rows changed or deleted, per table, for the caller's locks
     */
    Map<Table, Set<Long>> cascade() {
        Map<Table, Set<Long>> touched = new HashMap<>();
        contacts.replaceAll((id, contact) -> {
            if (contact.companyId() == null || companies.containsKey(contact.companyId())) {
                return contact;
            }
            touched.computeIfAbsent(Table.CONTACT, t -> new HashSet<>()).add(id);
            return contact.withCompany(null, contact.company());
        });
        deals.replaceAll((id, deal) -> {
            if (deal.companyId() == null || companies.containsKey(deal.companyId())) {
                return deal;
            }
            touched.computeIfAbsent(Table.DEAL, t -> new HashSet<>()).add(id);
            return deal.withCompanyId(null);
        });
        tasks.values().removeIf(task -> {
            boolean orphan = task.contactId() != null && !contacts.containsKey(task.contactId());
            if (orphan) {
                touched.computeIfAbsent(Table.TASK, t -> new HashSet<>()).add(task.id());
            }
            return orphan;
        });
        deals.replaceAll((id, deal) -> {
            if (deal.contactId() == null || contacts.containsKey(deal.contactId())) {
                return deal;
            }
            touched.computeIfAbsent(Table.DEAL, t -> new HashSet<>()).add(id);
            return deal.withContactId(null);
        });
        // Activities of a missing contact, company or deal, and stage changes of a missing deal, go with it.
        activities.values().removeIf(activity -> {
            boolean orphan = activity.contactId() != null && !contacts.containsKey(activity.contactId())
                    || activity.companyId() != null && !companies.containsKey(activity.companyId())
                    || activity.dealId() != null && !deals.containsKey(activity.dealId());
            if (orphan) {
                touched.computeIfAbsent(Table.ACTIVITY, t -> new HashSet<>()).add(activity.id());
            }
            return orphan;
        });
        stageChanges.values().removeIf(change -> {
            boolean orphan = !deals.containsKey(change.dealId());
            if (orphan) {
                touched.computeIfAbsent(Table.STAGE_CHANGE, t -> new HashSet<>())
                        .add(change.id());
            }
            return orphan;
        });
        tasks.replaceAll((id, task) -> {
            if (task.dealId() == null || deals.containsKey(Objects.requireNonNull(task.dealId()))) {
                return task;
            }
            touched.computeIfAbsent(Table.TASK, t -> new HashSet<>()).add(id);
            return task.withDealId(null);
        });
        return touched;
    }

    /** The four tables. */
    enum Table {
        CONTACT,
        PIPELINE,
        DEAL,
        TASK,
        COMPANY,
        ACTIVITY,
        STAGE_CHANGE,
        CUSTOM_FIELD
    }
}
