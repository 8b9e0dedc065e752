package dev.crmkit.core.pipeline;

import dev.crmkit.core.ConflictException;
import dev.crmkit.core.Money;
import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.internal.Transactor;
import dev.crmkit.core.internal.Versions;
import dev.crmkit.core.query.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, reads, updates and deletes pipelines, and summarises them. Every method is one
 * transaction; events are published after it commits. Thread-safe.
 */
public final class PipelineService {

    private final Transactor transactor;

    public PipelineService(Transactor transactor) {
        this.transactor = transactor;
    }

    public Pipeline create(NewPipeline command) {
        return transactor.inTransaction(tx -> {
            Pipeline created = tx.work().pipelines().insert(
                    new Pipeline(0, command.name(), command.description(), command.stages(), tx.now(), tx.now(), 0));
            tx.emit(new PipelineEvent.Created(created, tx.now()));
            return created;
        });
    }

    public Optional<Pipeline> findById(long id) {
        return transactor.inTransaction(tx -> tx.work().pipelines().findById(id));
    }

    /** @throws NotFoundException when there is no such pipeline */
    public Pipeline getById(long id) {
        return transactor.inTransaction(tx -> tx.work().pipelines().getById(id));
    }

    public Page<Pipeline> find(PipelineQuery query) {
        return transactor.inTransaction(tx -> tx.work().pipelines().find(query));
    }

    /**
     * Applies the update. An update that changes nothing writes nothing and keeps the version.
     *
     * @throws NotFoundException when there is no such pipeline
     * @throws dev.crmkit.core.ConcurrentModificationException when {@code expectedVersion} is stale
     * @throws ConflictException (field {@code stages}) when a stage that still holds deals would be
     *     removed or would change its outcome
     */
    public Pipeline update(long id, PipelineUpdate update) {
        return transactor.inTransaction(tx -> {
            PipelineRepository pipelines = tx.work().pipelines();
            Pipeline current = pipelines.getById(id);
            Versions.require("pipeline", current, update.expectedVersion());
            Pipeline changed = update.applyTo(current, current.updatedAt());
            if (changed.equals(current)) {
                return current;
            }
            if (!changed.stages().equals(current.stages())) {
                requireOccupiedStagesKept(current, changed, dealsPerStage(pipelines.stageTotals(id)));
            }
            Pipeline updated = pipelines.update(update.applyTo(current, tx.now()));
            tx.emit(new PipelineEvent.Updated(current, updated, tx.now()));
            return updated;
        });
    }

    /**
     * Deletes the pipeline and its stages.
     *
     * @throws NotFoundException when there is no such pipeline
     * @throws ConflictException (with the pipeline's id) while deals still belong to it
     */
    public void deleteById(long id) {
        transactor.inTransaction(tx -> {
            PipelineRepository pipelines = tx.work().pipelines();
            // Locked before the deals are counted: a deal being created in the pipeline holds this
            // lock until it commits, so the count below includes it.
            if (!pipelines.lockById(id)) {
                throw new NotFoundException("pipeline", id);
            }
            long deals = pipelines.stageTotals(id).stream().mapToLong(StageTotal::dealCount).sum();
            if (deals > 0) {
                throw new ConflictException("pipeline " + id + " still holds " + deals
                        + " deal(s); delete them or move them to another pipeline first", null, id);
            }
            pipelines.deleteById(id);
            tx.emit(new PipelineEvent.Deleted(id, tx.now()));
            return null;
        });
    }

    /**
     * Per stage: the number of deals, their value and weighted forecast; plus open totals.
     *
     * @throws NotFoundException when there is no such pipeline
     */
    public PipelineSummary summary(long id) {
        return transactor.inTransaction(tx -> {
            Pipeline pipeline = tx.work().pipelines().getById(id);
            return summarise(pipeline, tx.work().pipelines().stageTotals(id));
        });
    }

    private static PipelineSummary summarise(Pipeline pipeline, List<StageTotal> totals) {
        List<StageSummary> stages = new ArrayList<>();
        long openDeals = 0;
        MoneySums openValue = new MoneySums();
        MoneySums forecast = new MoneySums();
        MoneySums wonValue = new MoneySums();
        for (Stage stage : pipeline.stages()) {
            long count = 0;
            MoneySums value = new MoneySums();
            MoneySums weighted = new MoneySums();
            for (StageTotal total : totals) {
                if (total.stageKey().equals(stage.key())) {
                    Money amount = new Money(total.amount(), total.currency());
                    count += total.dealCount();
                    value.add(amount);
                    weighted.add(amount.percent(stage.probability()));
                }
            }
            StageSummary summary = new StageSummary(stage, count, value.toList(), weighted.toList());
            stages.add(summary);
            if (stage.outcome() == StageOutcome.OPEN) {
                openDeals += count;
                openValue.addAll(summary.value());
                forecast.addAll(summary.weightedValue());
            } else if (stage.outcome() == StageOutcome.WON) {
                wonValue.addAll(summary.value());
            }
        }
        return new PipelineSummary(pipeline, stages, openDeals, openValue.toList(), forecast.toList(), wonValue.toList());
    }

    private static Map<String, Long> dealsPerStage(List<StageTotal> totals) {
        Map<String, Long> counts = new HashMap<>();
        totals.forEach(total -> counts.merge(total.stageKey(), total.dealCount(), Long::sum));
        return counts;
    }

    private static void requireOccupiedStagesKept(Pipeline current, Pipeline changed, Map<String, Long> dealsPerStage) {
        for (Stage stage : current.stages()) {
            long deals = dealsPerStage.getOrDefault(stage.key(), 0L);
            if (deals == 0) {
                continue;
            }
            Optional<Stage> replacement = changed.stage(stage.key());
            if (replacement.isEmpty()) {
                throw new ConflictException("stage " + stage.key() + " still holds " + deals
                        + " deal(s); move them to another stage before removing it", "stages", current.id());
            }
            if (replacement.get().outcome() != stage.outcome()) {
                throw new ConflictException("stage " + stage.key() + " holds " + deals + " deal(s), so its outcome"
                        + " cannot change from " + stage.outcome() + " to " + replacement.get().outcome(),
                        "stages", current.id());
            }
        }
    }
}
