package dev.crmkit.mybatis.internal;

import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.PipelineRepository;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageTotal;
import dev.crmkit.core.query.Page;
import dev.crmkit.core.query.PageRequest;
import dev.crmkit.mybatis.internal.PipelineMapper.PipelineRow;
import dev.crmkit.mybatis.internal.PipelineMapper.PipelineStageRow;
import dev.crmkit.mybatis.internal.PipelineMapper.StageRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pipelines with their stages through {@link PipelineMapper}. Statements: read by id 1 (a join),
 * insert 2, update 3 (pipeline, removed stages, saved stages), a page 2 (its pipelines, then all
 * their stages at once) plus 1 for the total.
 */
final class MyBatisPipelineRepository implements PipelineRepository {

    private static final String ENTITY = "pipeline";

    private final PipelineMapper mapper;

    MyBatisPipelineRepository(PipelineMapper mapper) {
        this.mapper = mapper;
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

    @Override
    public boolean existsById(long id) {
        return Edge.call(() -> mapper.countById(id) > 0);
    }

    @Override
    public Pipeline insert(Pipeline pipeline) {
        return Edge.call(() -> {
            GeneratedKey key = new GeneratedKey();
            mapper.insert(pipeline, key);
            if (!pipeline.stages().isEmpty()) {
                mapper.saveStages(key.getId(), stageRows(key.getId(), pipeline));
            }
            return stored(pipeline, key.getId(), 0);
        });
    }

    @Override
    public Pipeline update(Pipeline pipeline) {
        return Edge.call(() -> {
            long id = pipeline.id();
            if (mapper.update(pipeline) == 0) {
                throw Writes.staleOrMissing(ENTITY, id, pipeline.version(), mapper.lockById(id) != null);
            }
            mapper.deleteStagesNotIn(id, pipeline.stages().stream().map(Stage::key).toList());
            if (!pipeline.stages().isEmpty()) {
                mapper.saveStages(id, stageRows(id, pipeline));
            }
            return stored(pipeline, id, pipeline.version() + 1);
        });
    }

    @Override
    public boolean deleteById(long id) {
        // The stages go with the pipeline (ON DELETE CASCADE); deals still in it make the delete fail
        // on fk_deal_pipeline, which Edge turns into a ConflictException.
        return Edge.call(() -> mapper.deleteById(id) > 0);
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
        return Edge.call(() -> mapper.stageTotals(pipelineId).stream().map(PipelineMapper.StageTotalRow::toStageTotal).toList());
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

    private static List<StageRow> stageRows(long pipelineId, Pipeline pipeline) {
        return pipeline.stages().stream().map(stage -> StageRow.of(pipelineId, stage)).toList();
    }

    private static Pipeline stored(Pipeline p, long id, long version) {
        // Read back, stages come in position order.
        List<Stage> stages = p.stages().stream().sorted(Comparator.comparingInt(Stage::position)).toList();
        return new Pipeline(id, p.name(), p.description(), stages, p.createdAt(),
                p.updatedAt(), version);
    }
}
