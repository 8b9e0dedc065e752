package dev.crmkit.core.service;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.kernel.NotFoundException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineEvent;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSummary;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.pipeline.StageSummary;
import dev.crmkit.core.pipeline.StageTotal;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.storage.PipelineRepository;
import dev.crmkit.core.storage.UnitOfWork;
import dev.crmkit.core.trash.TrashKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, reads, updates and deletes pipelines, and summarises them. A stage that holds deals
 * keeps its key and outcome; a pipeline that holds deals cannot be deleted. Every method is one
 * transaction; events are published after it commits. Thread-safe.
 */
public final class PipelineService extends AggregateService<Pipeline, PipelineRepository> {

    PipelineService(Transactor transactor) {
        super(
                transactor,
                new Aggregate<>(
                        UnitOfWork::pipelines,
                        Pipeline::withUpdatedAt,
                        PipelineEvent.Created::new,
                        PipelineEvent.Updated::new,
                        PipelineEvent.Deleted::new,
                        TrashKind.PIPELINE));
    }

    /**
     * Creates the pipeline with the command's stages.
     *
     * @param command the record to create
     * @return the pipeline
     */
    public Pipeline create(NewPipeline command) {
        return create(
                tx -> new Pipeline(0, command.name(), command.description(), command.stages(), tx.now(), tx.now(), 0));
    }

    /**
     * {@return one page of pipelines, each with its stages}
     *
     * @param query filters, sort and page
     */
    public Page<Pipeline> find(PipelineQuery query) {
        return read(pipelines -> pipelines.find(query));
    }

    /**
     * Applies the update. An update that changes nothing writes nothing and keeps the version.
     *
     * @param id the record's id
     * @param update the fields to change
     * @throws NotFoundException when there is no such pipeline
     * @throws dev.crmkit.core.kernel.StaleVersionException when {@code expectedVersion} is stale
     * @throws ConflictException (field {@code stages}) when a stage that still holds deals would be
     *     removed or would change its outcome
     * @return the pipeline
     */
    public Pipeline update(long id, PipelineUpdate update) {
        return update(id, update.expectedVersion(), (tx, current) -> {
            Pipeline changed = update.applyTo(current, current.updatedAt());
            if (!changed.stages().equals(current.stages())) {
                requireOccupiedStagesKept(
                        current, changed, dealsPerStage(repository(tx).stageTotals(id)));
            }
            return changed;
        });
    }

    /**
     * Refuses, with the pipeline's id, while deals still belong to it; its stages go with it. The
     * pipeline's row is locked already: a deal being created in it or moved to it holds that lock
     * until it commits, so the count includes it.
     */
    @Override
    void beforeDelete(Tx tx, long id) {
        long deals = repository(tx).stageTotals(id).stream()
                .mapToLong(StageTotal::dealCount)
                .sum();
        if (deals > 0) {
            throw new ConflictException(
                    "pipeline " + id + " still holds " + deals
                            + " deal(s); delete them or move them to another pipeline first",
                    null,
                    id);
        }
    }

    /**
     * Per stage: the number of deals, their value and weighted forecast; plus open totals.
     *
     * @param id the record's id
     * @throws NotFoundException when there is no such pipeline
     * @return the pipeline summary
     */
    public PipelineSummary summary(long id) {
        return read(pipelines -> summarise(pipelines.getById(id), pipelines.stageTotals(id)));
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
        return new PipelineSummary(
                pipeline, stages, openDeals, openValue.toList(), forecast.toList(), wonValue.toList());
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
                throw new ConflictException(
                        "stage " + stage.key() + " still holds " + deals
                                + " deal(s); move them to another stage before removing it",
                        "stages",
                        current.id());
            }
            if (replacement.get().outcome() != stage.outcome()) {
                throw new ConflictException(
                        "stage " + stage.key() + " holds " + deals + " deal(s), so its outcome" + " cannot change from "
                                + stage.outcome() + " to " + replacement.get().outcome(),
                        "stages",
                        current.id());
            }
        }
    }
}
