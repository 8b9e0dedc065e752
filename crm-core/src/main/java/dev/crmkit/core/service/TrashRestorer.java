package dev.crmkit.core.service;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.company.Company;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.storage.CrmRepository;
import dev.crmkit.core.storage.TrashRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.tag.TaggableKind;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.trash.TrashKind;
import java.util.Objects;

/**
 * Puts one trash snapshot back inside a restore's transaction: checks the unique keys and the
 * parents first (nothing is written when the restore is refused), re-inserts the record and its
 * cascade with their ids (each audited as a create, so a restore has its log rows and an undo that
 * restored records can itself be undone), then re-attaches the detached records that still exist and are still
 * unlinked, publishing an updated event for each. A link to a record deleted meanwhile is dropped,
 * as that record's delete would have dropped it; a parent the record cannot live without (a
 * deal's pipeline and stage, a task's contact) refuses the restore, with a message that says
 * to restore that parent first while the trash holds it.
 */
final class TrashRestorer {

    private final Tx tx;
    private final UnitOfWork work;
    private final TrashRepository trash;

    TrashRestorer(Tx tx) {
        this.tx = tx;
        this.work = tx.work();
        this.trash = work.trash();
    }

    CrmRecord restore(TrashSnapshot snapshot) {
        CrmRecord restored = switch (snapshot.kind) {
            case CONTACT -> contact((Contact) snapshot.record, snapshot);
            case COMPANY -> company((Company) snapshot.record, snapshot);
            case DEAL -> deal((Deal) snapshot.record, snapshot);
            case TASK -> task((Task) snapshot.record);
            case PIPELINE -> {
                // Nothing refers to a pipeline that could be deleted: it held no deals.
                reinsert(work.pipelines(), snapshot.record);
                yield snapshot.record;
            }
        };
        for (Activity activity : snapshot.activities) {
            Activity relinked = relinked(activity);
            if (relinked.contactId() != null || relinked.companyId() != null || relinked.dealId() != null) {
                reinsert(work.activities(), relinked);
            }
        }
        return restored;
    }

    private Contact contact(Contact trashed, TrashSnapshot snapshot) {
        work.contacts().findByEmail(trashed.email()).ifPresent(live -> {
            throw new ConflictException(
                    "contact " + trashed.id() + " cannot be restored: its email " + trashed.email()
                            + " is now used by contact " + live.id(),
                    "email",
                    live.id());
        });
        Contact contact = trashed.companyId() != null && !work.companies().lockById(trashed.companyId())
                ? trashed.withCompany(null, trashed.company())
                : trashed;
        reinsert(work.contacts(), contact);
        for (Task task : snapshot.tasks) {
            reinsert(
                    work.tasks(),
                    task.dealId() != null && !work.deals().existsById(task.dealId()) ? task.withDealId(null) : task);
        }
        retag(TaggableKind.CONTACT, contact.id(), snapshot);
        for (long dealId : snapshot.detachedDeals) {
            work.deals()
                    .findById(dealId)
                    .filter(deal -> deal.contactId() == null)
                    .ifPresent(deal ->
                            reattach(work.deals(), deal, deal.withContactId(contact.id()), DealEvent.Updated::new));
        }
        return contact;
    }

    private Company company(Company company, TrashSnapshot snapshot) {
        if (company.domain() != null) {
            work.companies().findByDomain(company.domain()).ifPresent(live -> {
                throw new ConflictException(
                        "company " + company.id() + " cannot be restored: its domain " + company.domain()
                                + " is now used by company " + live.id(),
                        "domain",
                        live.id());
            });
        }
        reinsert(work.companies(), company);
        for (long contactId : snapshot.detachedContacts) {
            work.contacts()
                    .findById(contactId)
                    .filter(contact -> contact.companyId() == null)
                    .ifPresent(contact -> reattach(
                            work.contacts(),
                            contact,
                            contact.withCompany(company.id(), company.name()),
                            ContactEvent.Updated::new));
        }
        for (long dealId : snapshot.detachedDeals) {
            work.deals()
                    .findById(dealId)
                    .filter(deal -> deal.companyId() == null)
                    .ifPresent(deal ->
                            reattach(work.deals(), deal, deal.withCompanyId(company.id()), DealEvent.Updated::new));
        }
        retag(TaggableKind.COMPANY, company.id(), snapshot);
        return company;
    }

    private Deal deal(Deal trashed, TrashSnapshot snapshot) {
        long pipelineId = trashed.pipelineId();
        Pipeline pipeline = work.pipelines().lockById(pipelineId)
                ? work.pipelines().findById(pipelineId).orElse(null)
                : null;
        if (pipeline == null) {
            throw new ConflictException(
                    "deal " + trashed.id() + " cannot be restored: its pipeline " + pipelineId
                            + whatToDo(TrashKind.PIPELINE, pipelineId),
                    "pipelineId",
                    pipelineId);
        }
        if (pipeline.stage(trashed.status()).isEmpty()) {
            throw new ConflictException(
                    "deal " + trashed.id() + " cannot be restored: stage " + trashed.status() + " of pipeline "
                            + pipelineId + " was removed",
                    "status",
                    pipelineId);
        }
        Deal deal = trashed;
        if (deal.contactId() != null && !work.contacts().lockById(deal.contactId())) {
            deal = deal.withContactId(null);
        }
        if (deal.companyId() != null && !work.companies().lockById(deal.companyId())) {
            deal = deal.withCompanyId(null);
        }
        reinsert(work.deals(), deal);
        snapshot.stageChanges.forEach(trash::reinsert);
        retag(TaggableKind.DEAL, deal.id(), snapshot);
        long dealId = deal.id();
        for (long taskId : snapshot.detachedTasks) {
            work.tasks()
                    .findById(taskId)
                    .filter(task -> task.dealId() == null)
                    .ifPresent(task -> reattach(work.tasks(), task, task.withDealId(dealId), TaskEvent.Updated::new));
        }
        return deal;
    }

    private Task task(Task trashed) {
        Long contactId = trashed.contactId();
        if (contactId != null && !work.contacts().lockById(contactId)) {
            throw new ConflictException(
                    "task " + trashed.id() + " cannot be restored: its contact " + contactId
                            + whatToDo(TrashKind.CONTACT, contactId),
                    "contactId",
                    contactId);
        }
        Task task = trashed.dealId() != null && !work.deals().existsById(trashed.dealId())
                ? trashed.withDealId(null)
                : trashed;
        reinsert(work.tasks(), task);
        return task;
    }

    /**
     * The end of the message refusing a restore for a parent that is gone: restore the parent
     * first while the trash holds it; once purged it is gone for good.
     */
    private String whatToDo(TrashKind parent, long parentId) {
        return trash.find(parent, parentId).isPresent()
                ? " is in the trash: restore " + parent.code() + " " + parentId + " first"
                : " was deleted for good";
    }

    /** The activity without its links to records that are gone. */
    private Activity relinked(Activity a) {
        Long contactId = a.contactId() != null && work.contacts().existsById(a.contactId()) ? a.contactId() : null;
        Long companyId = a.companyId() != null && work.companies().existsById(a.companyId()) ? a.companyId() : null;
        Long dealId = a.dealId() != null && work.deals().existsById(a.dealId()) ? a.dealId() : null;
        if (Objects.equals(contactId, a.contactId())
                && Objects.equals(companyId, a.companyId())
                && Objects.equals(dealId, a.dealId())) {
            return a;
        }
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
                dealId,
                a.createdAt(),
                a.updatedAt(),
                a.version());
    }

    private void retag(TaggableKind kind, long id, TrashSnapshot snapshot) {
        for (long tagId : snapshot.tagIds) {
            if (work.tags().findById(tagId).isPresent()) {
                work.tags().addTagging(kind, id, tagId);
            }
        }
    }

    /** Puts a record back, audited as its creation: nothing changes without its log row. */
    private void reinsert(CrmRepository<?> records, CrmRecord record) {
        trash.reinsert(record);
        tx.audit(records.entity(), null, record);
    }

    private <X extends CrmRecord> void reattach(
            CrmRepository<X> records, X before, X after, AggregateService.UpdatedEvent<X> event) {
        AggregateService.cascadeUpdate(tx, records, before, withUpdatedAt(after), event);
    }

    @SuppressWarnings("unchecked")
    private <X extends CrmRecord> X withUpdatedAt(X record) {
        if (record instanceof Contact c) {
            return (X) c.withUpdatedAt(tx.now());
        } else if (record instanceof Deal d) {
            return (X) d.withUpdatedAt(tx.now());
        } else if (record instanceof Task t) {
            return (X) t.withUpdatedAt(tx.now());
        }
        return record;
    }
}
