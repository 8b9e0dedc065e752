package dev.crmkit.core.service;

import dev.crmkit.core.customfield.CustomFieldKind;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealEvent;
import dev.crmkit.core.deal.DealQuery;
import dev.crmkit.core.deal.DealStageChange;
import dev.crmkit.core.deal.DealUpdate;
import dev.crmkit.core.deal.NewDeal;
import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.storage.DealRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskEvent;
import dev.crmkit.core.task.TaskQuery;
import dev.crmkit.core.trash.TrashKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creates, reads, updates, moves, deletes and searches deals, enforcing their rules: the status is
 * a stage of the deal's pipeline, {@code closedAt} follows the stage's outcome, a lost reason
 * only exists in a LOST stage, a linked contact exists. Every method is one transaction; events
 * are published after it commits. Deleting a deal detaches its tasks in the same transaction,
 * publishing a {@link TaskEvent.Updated} per task (whose version moves on) before the {@link
 * DealEvent.Deleted}; it also deletes the deal's activities (an {@link
 * dev.crmkit.core.activity.ActivityEvent.Deleted} each) and its stage history. Thread-safe.
 *
 * <p>A create or update that breaks a rule is refused with a {@link
 * dev.crmkit.core.kernel.ValidationException} on {@code pipelineId} (no such pipeline, or none
 * exists yet), {@code status} (not a stage of the pipeline), {@code contactId} (no such contact),
 * {@code companyId} (no such company), {@code amount} (too many decimals for the currency) or
 * {@code lostReason} (given for a stage that is not LOST). A {@link #find find} whose status filter
 * is the key of no pipeline's stage is refused on {@code status}, naming the keys there are, rather
 * than answered with nothing.
 *
 * <p>Every stage a deal enters is recorded as a {@link DealStageChange} in the same transaction:
 * creating a deal records its first stage (with no previous one), and each change of stage or
 * pipeline records the move. The timeline ({@link TimelineService}) reads this history.
 *
 * <p>Linking a deal to a pipeline or contact locks that parent's row first ({@code lockById}),
 * and a delete locks the deal's row before its tasks are read, so a deal is never left pointing
 * at a parent deleted concurrently, nor a task at a deleted deal. Locks are taken in one order
 * everywhere (pipeline, company, contact, deal) so that two services never wait for each other in a cycle.
 */
public final class DealService extends CustomizableService<Deal, DealRepository, NewDeal, DealUpdate, DealQuery> {

    private final Currency defaultCurrency;

    DealService(Transactor transactor, Currency defaultCurrency) {
        super(
                transactor,
                new Aggregate<>(
                        UnitOfWork::deals,
                        Deal::withUpdatedAt,
                        DealEvent.Created::new,
                        DealEvent.Updated::new,
                        DealEvent.Deleted::new,
                        TrashKind.DEAL),
                CustomFieldKind.DEAL,
                null);
        this.defaultCurrency = defaultCurrency;
    }

    /**
     * Creates many deals in one transaction, with the rules of {@link #create(Object) create}: all or
     * nothing, one {@link DealEvent.Created} per deal in order, inserted as one batch.
     *
     * @param commands the deals to create
     * @return the deals as stored, in the given order
     * @throws dev.crmkit.core.kernel.ValidationException naming every refused field of every deal,
     *     prefixed with its index in {@code commands}, e.g. {@code [3].status}
     */
    public List<Deal> createAll(List<NewDeal> commands) {
        return createAll(commands, this::built, (tx, deals) -> {});
    }

    @Override
    Deal built(Tx tx, NewDeal command) {
        FieldErrors errors = new FieldErrors();
        Pipeline pipeline = command.pipelineId() == null
                ? defaultPipeline(tx, errors)
                : lockedPipeline(tx, command.pipelineId(), errors);
        Stage stage = pipeline == null
                ? null
                : stage(
                        pipeline,
                        command.status() == null ? pipeline.entryStage().key() : command.status(),
                        errors);
        CompanyService.lockedCompany(tx, command.companyId(), errors);
        requireContact(tx, command.contactId(), errors);
        Money value = money(
                errors,
                command.amount(),
                command.currency() == null ? defaultCurrency.getCurrencyCode() : command.currency());
        if (stage != null && stage.outcome() != StageOutcome.LOST && command.lostReason() != null) {
            errors.add("lostReason", "can only be given when the deal is in a LOST stage");
        }
        errors.throwIfAny();
        Stage entered = Objects.requireNonNull(stage);
        return new Deal(
                0,
                command.title(),
                command.description(),
                Objects.requireNonNull(value),
                Objects.requireNonNull(pipeline).id(),
                entered.key(),
                command.contactId(),
                command.expectedCloseDate(),
                entered.outcome().isClosed() ? tx.now() : null,
                command.lostReason(),
                tx.now(),
                tx.now(),
                0,
                command.companyId());
    }

    @Override
    void afterUpdate(Tx tx, Deal before, Deal after) {
        if (after.pipelineId() != before.pipelineId() || !after.status().equals(before.status())) {
            tx.emit(new DealEvent.StageChanged(after, before.pipelineId(), before.status(), tx.now()));
            recordStageChange(tx, after, before.pipelineId(), before.status());
        }
    }

    /** A new deal enters its first stage: the first row of its stage history. */
    @Override
    void afterCreate(Tx tx, Deal created) {
        recordStageChange(tx, created, null, null);
    }

    private static void recordStageChange(Tx tx, Deal deal, @Nullable Long fromPipelineId, @Nullable String fromStage) {
        tx.work()
                .dealStageChanges()
                .insert(new DealStageChange(
                        0, deal.id(), fromPipelineId, fromStage, deal.pipelineId(), deal.status(), tx.now(), 0));
    }

    /**
     * Moves the deal to a stage of its pipeline.
     *
     * @param id the record's id
     * @param stageKey the stage key
     * @param lostReason why it was lost, when {@code stageKey} is a LOST stage; otherwise {@code null}
     * @return the deal
     */
    public Deal moveToStage(long id, String stageKey, @Nullable String lostReason) {
        DealUpdate.Builder update = DealUpdate.builder().status(stageKey);
        if (lostReason != null) {
            update.lostReason(lostReason);
        }
        return update(id, update.build());
    }

    /**
     * Detaches the deal's tasks. The deal's row is locked already (before this read): a task being
     * linked to it holds that lock until it commits, so it is read here, or its link is refused.
     */
    @Override
    void cascade(Tx tx, long id, TrashSnapshot trashing) {
        UnitOfWork work = tx.work();
        TrashService.captureStageChanges(tx, id);
        for (Task task : work.tasks().findAll(TaskQuery.all().withDeal(id), tx.today())) {
            trashing.detachedTasks.add(task.id());
            cascadeUpdate(
                    tx, work.tasks(), task, task.withDealId(null).withUpdatedAt(tx.now()), TaskEvent.Updated::new);
        }
    }

    /**
     * {@return the deals whose title is exactly one of these, in no particular order}: how an
     * import finds the deal a row describes. One query per {@value ContactService#EMAILS_PER_QUERY} titles.
     *
     * @param titles the titles, any number
     */
    public List<Deal> findByTitles(Collection<String> titles) {
        return read(deals -> inChunks(titles, deals::findByTitles));
    }

    /**
     * Entering a WON or LOST stage sets {@code closedAt}; leaving it clears {@code closedAt} and
     * the lost reason.
     */
    @Override
    Deal changed(Tx tx, Deal current, DealUpdate update) {
        FieldErrors errors = new FieldErrors();
        long pipelineId = Objects.requireNonNull(update.pipelineId().applyTo(current.pipelineId()));
        String status = Objects.requireNonNull(update.status().applyTo(current.status()));
        Pipeline pipeline = pipelineId == current.pipelineId()
                ? pipeline(tx, pipelineId, errors)
                : lockedPipeline(tx, pipelineId, errors);
        Stage stage = pipeline == null ? null : stage(pipeline, status, errors);
        Long companyId = update.companyId().applyTo(current.companyId());
        if (!Objects.equals(companyId, current.companyId())) {
            CompanyService.lockedCompany(tx, companyId, errors);
        }
        Long contactId = update.contactId().applyTo(current.contactId());
        if (!Objects.equals(contactId, current.contactId())) {
            requireContact(tx, contactId, errors);
        }
        Money value = money(
                errors,
                Objects.requireNonNull(update.amount().applyTo(current.value().amount())),
                Objects.requireNonNull(
                        update.currency().applyTo(current.value().currency().getCurrencyCode())));
        String lostReason = null;
        if (stage != null && stage.outcome() == StageOutcome.LOST) {
            lostReason = update.lostReason().applyTo(current.lostReason());
        } else if (update.lostReason() instanceof Patch.Set) {
            errors.add("lostReason", "can only be given when the deal is in a LOST stage");
        }
        errors.throwIfAny();
        Instant closedAt = null;
        if (Objects.requireNonNull(stage).outcome().isClosed()) {
            boolean sameStage = pipelineId == current.pipelineId() && status.equals(current.status());
            closedAt = sameStage && current.closedAt() != null ? current.closedAt() : tx.now();
        }
        return new Deal(
                current.id(),
                Objects.requireNonNull(update.title().applyTo(current.title())),
                update.description().applyTo(current.description()),
                Objects.requireNonNull(value),
                pipelineId,
                status,
                contactId,
                update.expectedCloseDate().applyTo(current.expectedCloseDate()),
                closedAt,
                lostReason,
                current.createdAt(),
                current.updatedAt(),
                current.version(),
                companyId,
                current.customFields());
    }

    private static @Nullable Pipeline defaultPipeline(Tx tx, FieldErrors errors) {
        Optional<Pipeline> oldest = tx
                .work()
                .pipelines()
                .find(PipelineQuery.all().limit(1))
                .items()
                .stream()
                .findFirst();
        if (oldest.isEmpty()) {
            errors.add("pipelineId", "is required: no pipeline exists yet, create one first");
            return null;
        }
        return lockedPipeline(tx, oldest.get().id(), errors);
    }

    /** The pipeline, locked so that it cannot be deleted before this unit of work ends. */
    private static @Nullable Pipeline lockedPipeline(Tx tx, long pipelineId, FieldErrors errors) {
        if (!tx.work().pipelines().lockById(pipelineId)) {
            errors.add("pipelineId", "no pipeline with id " + pipelineId);
            return null;
        }
        return pipeline(tx, pipelineId, errors);
    }

    /** The most stage keys an unknown status filter's message lists. */
    private static final int KEYS_LISTED = 30;

    /**
     * {@inheritDoc} A status filter must be the key of a stage of some pipeline (of any one: with a
     * pipeline filter, another pipeline's key simply matches nothing); an unknown one is refused on
     * {@code status}, listing the keys there are.
     */
    @Override
    void checkFilters(Tx tx, DealQuery query) {
        String status = query.status();
        if (status == null) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Pipeline pipeline : tx.work().pipelines().findAll(PipelineQuery.all())) {
            pipeline.stages().forEach(stage -> keys.add(stage.key()));
        }
        if (keys.contains(status)) {
            return;
        }
        String listed = keys.stream().limit(KEYS_LISTED).collect(Collectors.joining(", "))
                + (keys.size() > KEYS_LISTED ? ", ..." : "");
        throw new ValidationException(
                "status",
                keys.isEmpty()
                        ? "must be the key of a stage of a pipeline, and there is no pipeline yet"
                        : "must be the key of a stage of a pipeline: " + listed);
    }

    private static @Nullable Pipeline pipeline(Tx tx, long pipelineId, FieldErrors errors) {
        Optional<Pipeline> pipeline = tx.work().pipelines().findById(pipelineId);
        if (pipeline.isEmpty()) {
            errors.add("pipelineId", "no pipeline with id " + pipelineId);
        }
        return pipeline.orElse(null);
    }

    private static @Nullable Stage stage(Pipeline pipeline, String key, FieldErrors errors) {
        Optional<Stage> stage = pipeline.stage(key);
        if (stage.isEmpty()) {
            errors.add("status", "must be a stage of pipeline " + pipeline.id() + ": " + pipeline.stageKeys());
        }
        return stage.orElse(null);
    }

    private static void requireContact(Tx tx, @Nullable Long contactId, FieldErrors errors) {
        if (contactId != null && !tx.work().contacts().lockById(contactId)) {
            errors.add("contactId", "no contact with id " + contactId);
        }
    }

    private static @Nullable Money money(FieldErrors errors, @Nullable BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        return errors.collect("", () -> Money.of(amount, currency));
    }
}
