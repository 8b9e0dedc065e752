package dev.crmkit.mybatis.internal;

import dev.crmkit.core.kernel.Money;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.pipeline.StageTotal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The pipeline and stage statements; SQL in {@code PipelineMapper.xml}. */
public interface PipelineMapper extends CrmMapper<Pipeline> {

    /** The pipeline joined with its stages in position order: one row per stage, none when absent. */
    List<PipelineStageRow> findById(@Param("id") long id);

    /** Deletes the pipeline's stages whose key is not in {@code keys}; all of them when it is empty. */
    int deleteStagesNotIn(@Param("pipelineId") long pipelineId, @Param("keys") List<String> keys);

    /** Inserts the stages, updating those whose key the pipeline already has: one statement. */
    int saveStages(@Param("pipelineId") long pipelineId, @Param("stages") List<StageRow> stages);

    List<PipelineRow> find(@Param("page") PageSql page);

    long count();

    /** The stages of all these pipelines (never empty), by pipeline then position. */
    List<StageRow> stagesOf(@Param("ids") List<Long> pipelineIds);

    List<StageTotalRow> stageTotals(@Param("pipelineId") long pipelineId);

    /** A pipeline without its stages. */
    record PipelineRow(
            long id, String name, @Nullable String description, Instant createdAt, Instant updatedAt, long version) {

        Pipeline toPipeline(List<Stage> stages) {
            return new Pipeline(id, name, description, stages, createdAt, updatedAt, version);
        }
    }

    /** A stage; the outcome as stored: {@code OPEN}, {@code WON} or {@code LOST}. */
    record StageRow(long pipelineId, String key, String name, int position, int probability, String outcome) {

        static StageRow of(long pipelineId, Stage stage) {
            return new StageRow(
                    pipelineId,
                    stage.key(),
                    stage.name(),
                    stage.position(),
                    stage.probability(),
                    stage.outcome().name());
        }

        Stage toStage() {
            return new Stage(key, name, position, probability, StageOutcome.valueOf(outcome));
        }
    }

    /** A row of the pipeline-stage join; the stage columns are null for a pipeline without stages. */
    record PipelineStageRow(
            long id,
            String name,
            @Nullable String description,
            Instant createdAt,
            Instant updatedAt,
            long version,
            @Nullable String stageKey,
            @Nullable String stageName,
            @Nullable Integer position,
            @Nullable Integer probability,
            @Nullable String outcome) {

        PipelineRow pipeline() {
            return new PipelineRow(id, name, description, createdAt, updatedAt, version);
        }

        @Nullable
        StageRow stage() {
            return stageKey == null || stageName == null || position == null || probability == null || outcome == null
                    ? null
                    : new StageRow(id, stageKey, stageName, position, probability, outcome);
        }
    }

    /** The deals of one stage in one currency. */
    record StageTotalRow(String stageKey, String currency, long dealCount, BigDecimal amount) {

        StageTotal toStageTotal() {
            Currency unit = Currency.getInstance(currency);
            // Sums come back with the column's scale (4); the currency's scale makes them comparable.
            return new StageTotal(stageKey, unit, dealCount, new Money(amount, unit).amount());
        }
    }
}
