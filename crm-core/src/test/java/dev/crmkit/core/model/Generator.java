package dev.crmkit.core.model;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactSort;
import dev.crmkit.core.deal.Deal;
import dev.crmkit.core.deal.DealSort;
import dev.crmkit.core.kernel.CrmRecord;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.model.PipelineOps.StageSpec;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.SortDirection;
import dev.crmkit.core.task.Task;
import dev.crmkit.core.task.TaskPriority;
import dev.crmkit.core.task.TaskSort;
import dev.crmkit.core.task.TaskStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Generates a sequence of operations from a seed: mostly valid ones on records that exist, some on
 * records deleted or never created, updates with current and stale versions, invalid input, and
 * queries with every filter and sort, paged through and resumed later. The generator runs its own
 * reference model alongside to know which ids and versions exist.
 */
final class Generator {

    private final Random random;
    private final ModelCrm model;
    private final ModelState state;
    private int handles;
    private int changeSets;
    private int openSet;
    private int writesLeft;
    private int toUndo;

    Generator(long seed, Instant start) {
        this.random = new Random(seed);
        this.model = new ModelCrm(start);
        this.state = model.state();
    }

    List<Op> sequence(int length) {
        List<Op> ops = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            Op op = next();
            Outcome.of(op, model);
            ops.add(op);
        }
        return ops;
    }

    private Op next() {
        Op changeSetOp = changeSetOp();
        if (changeSetOp != null) {
            return changeSetOp;
        }
        if (state.pipelines.isEmpty() && chance(30)) {
            return createPipeline();
        }
        if (chance(4)) {
            return new ContactOps.Merge(contactId(), contactId(), chance(50));
        }
        int roll = random.nextInt(100);
        return roll < 10
                ? createContact()
                : roll < 18
                        ? updateContact()
                        : roll < 20
                                ? new ContactOps.Delete(contactId())
                                : roll < 27
                                        ? findContacts()
                                        : roll < 30
                                                ? createPipeline()
                                                : roll < 33
                                                        ? updatePipeline()
                                                        : roll < 35
                                                                ? new PipelineOps.Delete(pipelineId())
                                                                : roll < 37
                                                                        ? new PipelineOps.Find(
                                                                                pick(PipelineSort.values()),
                                                                                direction(),
                                                                                1 + random.nextInt(4),
                                                                                random.nextBoolean(),
                                                                                pages(),
                                                                                handle())
                                                                        : roll < 40
                                                                                ? new PipelineOps.Summarise(
                                                                                        pipelineId())
                                                                                : roll < 50
                                                                                        ? createDeal()
                                                                                        : roll < 59
                                                                                                ? updateDeal()
                                                                                                : roll < 61
                                                                                                        ? new DealOps
                                                                                                                .Delete(
                                                                                                                dealId())
                                                                                                        : roll < 68
                                                                                                                ? findDeals()
                                                                                                                : roll
                                                                                                                                < 76
                                                                                                                        ? createTask()
                                                                                                                        : roll
                                                                                                                                        < 82
                                                                                                                                ? updateTask()
                                                                                                                                : roll
                                                                                                                                                < 84
                                                                                                                                        ? new TaskOps
                                                                                                                                                .Delete(
                                                                                                                                                taskId())
                                                                                                                                        : roll
                                                                                                                                                        < 90
                                                                                                                                                ? findTasks()
                                                                                                                                                : roll
                                                                                                                                                                < 94
                                                                                                                                                        ? new CommonOps
                                                                                                                                                                .Continue(
                                                                                                                                                                keptHandle())
                                                                                                                                                        : new CommonOps
                                                                                                                                                                .Tick(
                                                                                                                                                                pick(
                                                                                                                                                                        Pools
                                                                                                                                                                                .TICKS));
    }

    /**
     * Now and then a change set: opened, some operations long, closed; then undone soon after,
     * sometimes after a record it touched was changed outside it (the undo must be refused), and
     * now and then a set undone already is undone again.
     */
    private @Nullable Op changeSetOp() {
        if (openSet != 0) {
            if (--writesLeft > 0) {
                return null;
            }
            toUndo = openSet;
            openSet = 0;
            return new ChangeSetOps.Close();
        }
        if (toUndo != 0) {
            List<ModelChangeSets.Touched> touched = model.touchedBy(toUndo);
            if (!touched.isEmpty() && chance(25)) {
                List<ModelChangeSets.Touched> deletedContacts = touched.stream()
                        .filter(t -> model.trashed(t.kind(), t.id()).orElse(null) instanceof Contact)
                        .toList();
                List<ModelChangeSets.Touched> from =
                        deletedContacts.isEmpty() || chance(50) ? touched : deletedContacts;
                return changeAgain(from.get(random.nextInt(from.size())));
            }
            if (chance(50)) {
                int set = toUndo;
                toUndo = 0;
                return new ChangeSetOps.Undo(set);
            }
            return null;
        }
        if (changeSets > 0 && chance(1)) {
            return new ChangeSetOps.Undo(1 + random.nextInt(changeSets));
        }
        if (chance(5)) {
            openSet = ++changeSets;
            writesLeft = 2 + random.nextInt(12);
            return new ChangeSetOps.Open(openSet);
        }
        return null;
    }

    /**
     * An update or a delete of a record a change set touched, made outside the set; for a contact
     * the set deleted, a new contact taking its email (so the undo cannot restore it).
     */
    private Op changeAgain(ModelChangeSets.Touched record) {
        long id = record.id();
        if (model.trashed(record.kind(), id).orElse(null) instanceof Contact deleted) {
            return new ContactOps.Create(
                    pick(Pools.FIRST_NAMES),
                    pick(Pools.LAST_NAMES),
                    deleted.email().toUpperCase(Locale.ROOT),
                    null,
                    null);
        }
        boolean delete = chance(30);
        return switch (record.kind()) {
            case CONTACT -> delete ? new ContactOps.Delete(id) : updateContact(id);
            case PIPELINE -> delete ? new PipelineOps.Delete(id) : updatePipeline(id);
            case DEAL -> delete ? new DealOps.Delete(id) : updateDeal(id);
            case TASK -> delete ? new TaskOps.Delete(id) : updateTask(id);
        };
    }

    private Op createContact() {
        return new ContactOps.Create(
                pick(Pools.FIRST_NAMES), pick(Pools.LAST_NAMES), email(), pick(Pools.PHONES), pick(Pools.COMPANIES));
    }

    private Op updateContact() {
        return updateContact(contactId());
    }

    private Op updateContact(long id) {
        return new ContactOps.Update(
                id,
                patch(60, 35, () -> pick(Pools.FIRST_NAMES)),
                patch(60, 35, () -> pick(Pools.LAST_NAMES)),
                patch(70, 28, this::email),
                patch(70, 20, () -> pick(Pools.PHONES)),
                patch(60, 30, () -> pick(Pools.COMPANIES)),
                version(state.contacts.get(id)));
    }

    private Op findContacts() {
        return new ContactOps.Find(
                chance(40) ? pick(Pools.SEARCHES) : null,
                chance(20) ? pick(Pools.COMPANIES) : null,
                pick(ContactSort.values()),
                direction(),
                1 + random.nextInt(7),
                random.nextBoolean(),
                pages(),
                handle());
    }

    private Op createPipeline() {
        return new PipelineOps.Create(pick(Pools.PIPELINE_NAMES), chance(50) ? null : customStages());
    }

    private Op updatePipeline() {
        return updatePipeline(pipelineId());
    }

    private Op updatePipeline(long id) {
        Pipeline current = state.pipelines.get(id);
        List<StageSpec> stages = null;
        if (chance(60)) {
            stages = current == null ? customStages() : changedStages(current);
        }
        return new PipelineOps.Update(id, patch(60, 38, () -> pick(Pools.PIPELINE_NAMES)), stages, version(current));
    }

    private Op createDeal() {
        long pipelineId = chance(90) ? pipelineId() : 0;
        return new DealOps.Create(
                pick(Pools.DEAL_TITLES),
                chance(85) ? amount() : null,
                chance(80) ? pick(Pools.CURRENCIES) : null,
                pipelineId,
                chance(40) ? null : stageKey(pipelineId),
                chance(50) ? contactId() : 0,
                chance(70) ? date() : null,
                chance(25) ? pick(List.of("Too pricey", " ")) : null);
    }

    private Op updateDeal() {
        return updateDeal(dealId());
    }

    private Op updateDeal(long id) {
        Deal current = state.deals.get(id);
        long pipelineId = chance(15) ? pipelineId() : 0;
        long stagesOf = pipelineId != 0 ? pipelineId : current == null ? pipelineId() : current.pipelineId();
        return new DealOps.Update(
                id,
                patch(70, 25, () -> pick(Pools.DEAL_TITLES)),
                patch(70, 25, this::amount),
                patch(80, 18, () -> pick(Pools.CURRENCIES)),
                pipelineId,
                patch(50, 45, () -> stageKey(stagesOf)),
                patch(70, 20, this::contactId),
                patch(75, 20, this::date),
                patch(75, 20, () -> pick(List.of("Too pricey", " "))),
                version(current));
    }

    private Op findDeals() {
        return new DealOps.Find(
                chance(40) ? pipelineId() : 0,
                chance(25) ? stageKey(pipelineId()) : null,
                chance(20) ? contactId() : 0,
                chance(20) ? new BigDecimal(pick(Pools.MIN_AMOUNTS)) : null,
                chance(20) ? new BigDecimal(pick(Pools.MAX_AMOUNTS)) : null,
                chance(25) ? pick(Pools.CURRENCIES) : null,
                chance(30) ? pick(StageOutcome.values()) : null,
                pick(DealSort.values()),
                direction(),
                1 + random.nextInt(6),
                random.nextBoolean(),
                pages(),
                handle());
    }

    private Op createTask() {
        return new TaskOps.Create(
                pick(Pools.TASK_TITLES),
                pick(TaskPriority.values()),
                pick(TaskStatus.values()),
                chance(50) ? contactId() : 0,
                chance(40) ? dealId() : 0,
                chance(70) ? date() : null);
    }

    private Op updateTask() {
        return updateTask(taskId());
    }

    private Op updateTask(long id) {
        Task current = state.tasks.get(id);
        return new TaskOps.Update(
                id,
                patch(80, 18, () -> pick(Pools.TASK_TITLES)),
                patch(75, 23, () -> pick(TaskPriority.values())),
                patch(55, 43, () -> pick(TaskStatus.values())),
                patch(75, 15, this::contactId),
                patch(75, 15, this::dealId),
                patch(70, 25, this::date),
                version(current));
    }

    private Op findTasks() {
        return new TaskOps.Find(
                someOf(TaskStatus.class, 30),
                someOf(TaskPriority.class, 20),
                chance(20) ? contactId() : 0,
                chance(15) ? dealId() : 0,
                chance(20) ? date() : null,
                chance(20) ? date() : null,
                chance(20),
                pick(TaskSort.values()),
                direction(),
                1 + random.nextInt(6),
                random.nextBoolean(),
                pages(),
                handle());
    }

    /** 2–5 stages from the pool in random order; one time in ten without an OPEN stage. */
    private List<StageSpec> customStages() {
        List<StageSpec> pool = new ArrayList<>(Pools.STAGES);
        if (chance(10)) {
            pool.removeIf(stage -> stage.outcome() == StageOutcome.OPEN);
        }
        Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, Math.min(pool.size(), 2 + random.nextInt(4))));
    }

    /** The current stages, changed: one removed, one added, two swapped, a probability or outcome changed. */
    private List<StageSpec> changedStages(Pipeline pipeline) {
        List<StageSpec> stages = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            stages.add(new StageSpec(stage.key(), stage.name(), stage.probability(), stage.outcome()));
        }
        if (stages.size() > 1 && chance(40)) {
            stages.remove(random.nextInt(stages.size()));
        }
        if (chance(40)) {
            StageSpec added = pick(Pools.STAGES);
            if (stages.stream().noneMatch(stage -> stage.key().equals(added.key()))) {
                stages.add(random.nextInt(stages.size() + 1), added);
            }
        }
        if (stages.size() > 1 && chance(30)) {
            Collections.swap(stages, random.nextInt(stages.size()), random.nextInt(stages.size()));
        }
        if (chance(30)) {
            int i = random.nextInt(stages.size());
            StageSpec stage = stages.get(i);
            stages.set(
                    i,
                    new StageSpec(
                            stage.key(),
                            stage.name(),
                            random.nextInt(101),
                            chance(30) ? pick(StageOutcome.values()) : stage.outcome()));
        }
        return List.copyOf(stages);
    }

    private String email() {
        if (chance(8)) {
            return pick(Pools.INVALID_EMAILS);
        }
        String email = "user" + random.nextInt(60) + "@example.com";
        return chance(30) ? email.toUpperCase(Locale.ROOT) : email;
    }

    /** Mostly an amount every currency takes; sometimes one that fits only some, or none. */
    private BigDecimal amount() {
        return new BigDecimal(chance(70) ? pick(Pools.AMOUNTS_FOR_ALL) : pick(Pools.AMOUNTS));
    }

    /** A stage key of the pipeline, mostly; sometimes one it lacks or none could have. */
    private String stageKey(long pipelineId) {
        Pipeline pipeline = state.pipelines.get(pipelineId);
        if (pipeline != null && chance(80)) {
            return pick(pipeline.stages()).key();
        }
        return chance(20) ? "signed" : pick(Pools.STAGES).key();
    }

    private LocalDate date() {
        return state.today().plusDays(random.nextInt(21) - 10);
    }

    private long contactId() {
        return id(state.contacts, state.lastContactId());
    }

    private long pipelineId() {
        return id(state.pipelines, state.lastPipelineId());
    }

    private long dealId() {
        return id(state.deals, state.lastDealId());
    }

    private long taskId() {
        return id(state.tasks, state.lastTaskId());
    }

    /** Mostly a record that exists; sometimes one deleted, or one never created. */
    private long id(TreeMap<Long, ?> live, long lastIssued) {
        int roll = random.nextInt(100);
        if (roll < 85 && !live.isEmpty()) {
            return pick(List.copyOf(live.keySet()));
        }
        if (roll < 95 && lastIssued > 0) {
            return 1 + random.nextInt((int) lastIssued);
        }
        return lastIssued + 1 + random.nextInt(3);
    }

    /** No version, the current one, or a stale one. */
    private @Nullable Long version(@Nullable CrmRecord current) {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return null;
        }
        long version = current == null ? random.nextInt(3) : current.version();
        if (roll < 85) {
            return version;
        }
        return version > 0 ? version - 1 : version + 1;
    }

    /** Unchanged {@code unchanged}% of the time, set {@code set}%, cleared otherwise. */
    private <T> Patch<T> patch(int unchanged, int set, Supplier<@Nullable T> value) {
        int roll = random.nextInt(100);
        return roll < unchanged
                ? Patch.unchanged()
                : roll < unchanged + set ? Patch.setOrClear(value.get()) : Patch.clear();
    }

    private <E extends Enum<E>> Set<E> someOf(Class<E> type, int percent) {
        Set<E> some = EnumSet.noneOf(type);
        if (chance(percent)) {
            for (E value : type.getEnumConstants()) {
                if (random.nextBoolean()) {
                    some.add(value);
                }
            }
        }
        return some;
    }

    private SortDirection direction() {
        return random.nextBoolean() ? SortDirection.ASC : SortDirection.DESC;
    }

    private int pages() {
        return 1 + random.nextInt(4);
    }

    /** Mostly a query kept now; sometimes a handle already used up, or never given. */
    private int keptHandle() {
        List<Integer> kept = List.copyOf(model.kept().keySet());
        return !kept.isEmpty() && chance(85) ? pick(kept) : 1 + random.nextInt(handles + 1);
    }

    /** A new handle to keep the query under, a third of the time; 0 otherwise. */
    private int handle() {
        return chance(33) ? ++handles : 0;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
