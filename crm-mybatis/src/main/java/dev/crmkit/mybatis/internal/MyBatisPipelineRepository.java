package dev.crmkit.mybatis.internal;

import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageTotal;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.core.storage.PipelineRepository;
import dev.crmkit.mybatis.internal.PipelineMapper.PipelineRow;
import dev.crmkit.mybatis.internal.PipelineMapper.PipelineStageRow;
import dev.crmkit.mybatis.internal.PipelineMapper.StageRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pipelines with their stages through {@link PipelineMapper}. Statements: read by id 1 (a join),
 * insert 2, update 3 (pipeline, removed stages, saved stages), a page 2 (its pipelines, then all
 * their stages at once) plus 1 for the total.
 */
final class MyBatisPipelineRepository extends MyBatisAggregateRepository<Pipeline, Pipeline, PipelineMapper>
        implements PipelineRepository {

    MyBatisPipelineRepository(PipelineMapper mapper) {
        // Read back, stages come in position order.
        super(mapper, Function.identity(), Pipeline::withIdentity);
    }

    @Override
    public Optional<Pipeline> findById(long id) {
        return Edge.call(() -> {
            List<PipelineStageRow> rows = mapper.findById(id);
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            List<Stage> stages = new ArrayList<>(rows.size());
            for (PipelineStageRow row : rows) {
                StageRow stage = row.stage();
                if (stage != null) {
                    stages.add(stage.toStage());
                }
            }
            return Optional.of(rows.get(0).pipeline().toPipeline(stages));
        });
    }

    /**
     * The stage rows: after an insert, one statement saving them; after an update, one deleting
     * the stages no longer there and one saving the others. The stages go with the pipeline on
     * delete (ON DELETE CASCADE); deals still in it make the delete fail on fk_deal_pipeline.
     */
    @Override
    protected void afterWrite(Pipeline pipeline, boolean inserted) {
        if (!inserted) {
            mapper.deleteStagesNotIn(
                    pipeline.id(), pipeline.stages().stream().map(Stage::key).toList());
        }
        if (!pipeline.stages().isEmpty()) {
            mapper.saveStages(
                    pipeline.id(),
                    pipeline.stages().stream()
                            .map(stage -> StageRow.of(pipeline.id(), stage))
                            .toList());
        }
    }

    @Override
    public Page<Pipeline> find(PipelineQuery query) {
        return Edge.call(() -> {
            PageRequest<PipelineSort> page = query.page();
            List<PipelineRow> rows = mapper.find(PageSql.of(page));
            Map<Long, List<Stage>> stages = stagesOf(rows);
            List<Pipeline> pipelines = rows.stream()
                    .map(row -> row.toPipeline(stages.getOrDefault(row.id(), List.of())))
                    .toList();
            return Page.of(pipelines, page, page.withTotal() ? mapper.count() : null);
        });
    }

    @Override
    public List<StageTotal> stageTotals(long pipelineId) {
        return Edge.call(() -> mapper.stageTotals(pipelineId).stream()
                .map(PipelineMapper.StageTotalRow::toStageTotal)
                .toList());
    }

    /** One query for the stages of every pipeline of a page, instead of one per pipeline. */
    private Map<Long, List<Stage>> stagesOf(List<PipelineRow> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Stage>> stages = new HashMap<>();
        for (StageRow row : mapper.stagesOf(rows.stream().map(PipelineRow::id).toList())) {
            stages.computeIfAbsent(row.pipelineId(), id -> new ArrayList<>()).add(row.toStage());
        }
        return stages;
    }
}
