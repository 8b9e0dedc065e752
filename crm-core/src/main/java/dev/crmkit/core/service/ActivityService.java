package dev.crmkit.core.service;

import dev.crmkit.core.activity.Activity;
import dev.crmkit.core.activity.ActivityEvent;
import dev.crmkit.core.activity.ActivityQuery;
import dev.crmkit.core.activity.ActivityUpdate;
import dev.crmkit.core.activity.NewActivity;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.ActivityRepository;
import dev.crmkit.core.storage.UnitOfWork;
import java.util.Objects;

/**
 * Logs, reads, updates, deletes and searches activities, enforcing their rules: an activity is
 * linked to at least one contact, company or deal, and a linked contact or deal exists. Every
 * method is one transaction; events are published after it commits. Thread-safe.
 *
 * <p>Linking an activity to a contact or deal locks that parent's row first ({@code lockById}),
 * in the order contact, then deal (the order every service uses), so an activity is never left
 * pointing at a parent deleted concurrently. Deleting a contact or a deal deletes its activities
 * ({@link ContactService}, {@link DealService}). A company id is checked for being positive only,
 * until companies have a table of their own.
 */
public final class ActivityService extends AggregateService<Activity, ActivityRepository> {

    ActivityService(Transactor transactor) {
        super(
                transactor,
                new Aggregate<>(
                        UnitOfWork::activities,
                        Activity::withUpdatedAt,
                        ActivityEvent.Created::new,
                        ActivityEvent.Updated::new,
                        ActivityEvent.Deleted::new,
                        // An activity's own delete is final; a trashed parent takes its activities along.
                        null));
    }

    /**
     * Logs an activity; without {@code occurredAt} it happened now, by the clock.
     *
     * @param command the activity to log
     * @return the activity as stored
     * @throws dev.crmkit.core.kernel.ValidationException on {@code contactId}, {@code companyId} or {@code dealId} that does not exist
     */
    public Activity create(NewActivity command) {
        return create(tx -> {
            FieldErrors errors = new FieldErrors();
            CompanyService.lockedCompany(tx, command.companyId(), errors);
            TaskService.requireLinks(tx, command.contactId(), command.dealId(), errors);
            errors.throwIfAny();
            return new Activity(
                    0,
                    command.type(),
                    command.subject(),
                    command.body(),
                    command.occurredAt() == null ? tx.now() : command.occurredAt(),
                    command.duration(),
                    command.outcome(),
                    command.author(),
                    command.contactId(),
                    command.companyId(),
                    command.dealId(),
                    tx.now(),
                    tx.now(),
                    0);
        });
    }

    /**
     * Applies the update. An update that changes nothing writes nothing and keeps the version.
     *
     * @param id the activity's id
     * @param update the fields to change
     * @return the activity as stored
     * @throws dev.crmkit.core.kernel.NotFoundException when there is no such activity
     * @throws dev.crmkit.core.kernel.StaleVersionException when {@code expectedVersion} is stale
     * @throws dev.crmkit.core.kernel.ValidationException on a linked contact, company or deal that does not
     *     exist, or when no link would remain
     */
    public Activity update(long id, ActivityUpdate update) {
        return update(id, update.expectedVersion(), (tx, current) -> apply(tx, current, update));
    }

    /**
     * {@return one page of activities matching the query}
     *
     * @param query filters, sort and page
     */
    public Page<Activity> find(ActivityQuery query) {
        return read(activities -> activities.find(query));
    }

    /** Deletes the activities a query matches, in a parent's delete: an event each. */
    static void deleteLinked(Tx tx, ActivityQuery query) {
        ActivityRepository activities = tx.work().activities();
        TrashSnapshot trashing = tx.trashing();
        for (Activity activity : activities.findAll(query)) {
            if (trashing != null) {
                trashing.activities.add(activity);
            }
            activities.deleteById(activity.id());
            tx.audit(activities.entity(), activity, null);
            tx.emit(new ActivityEvent.Deleted(activity.id(), tx.now()));
        }
    }

    private static Activity apply(Tx tx, Activity current, ActivityUpdate update) {
        FieldErrors errors = new FieldErrors();
        Long contactId = update.contactId().applyTo(current.contactId());
        Long companyId = update.companyId().applyTo(current.companyId());
        Long dealId = update.dealId().applyTo(current.dealId());
        CompanyService.lockedCompany(tx, Objects.equals(companyId, current.companyId()) ? null : companyId, errors);
        TaskService.requireLinks(
                tx,
                Objects.equals(contactId, current.contactId()) ? null : contactId,
                Objects.equals(dealId, current.dealId()) ? null : dealId,
                errors);
        errors.check(
                contactId != null || companyId != null || dealId != null,
                "contactId",
                "an activity must be linked to a contact, a company or a deal");
        errors.throwIfAny();
        return new Activity(
                current.id(),
                Objects.requireNonNull(update.type().applyTo(current.type())),
                Objects.requireNonNull(update.subject().applyTo(current.subject())),
                update.body().applyTo(current.body()),
                Objects.requireNonNull(update.occurredAt().applyTo(current.occurredAt())),
                update.duration().applyTo(current.duration()),
                update.outcome().applyTo(current.outcome()),
                update.author().applyTo(current.author()),
                contactId,
                companyId,
                dealId,
                current.createdAt(),
                current.updatedAt(),
                current.version());
    }
}
