package dev.crmkit.core.storage;

import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineQuery;
import dev.crmkit.core.pipeline.StageTotal;
import java.util.List;

/**
 * Persists pipelines with their stages; owned by a {@link dev.crmkit.core.storage.UnitOfWork}.
 * A pipeline is read with its stages in position order. {@link #update} makes the stored stages
 * exactly the pipeline's: stages matched by key are updated, new keys inserted, missing keys
 * deleted (a {@link dev.crmkit.core.kernel.ConflictException} when a removed stage still holds deals).
 * {@link #deleteById} deletes the stages too, and is refused with a {@code ConflictException}
 * while deals belong to the pipeline.
 */
public interface PipelineRepository extends ListingRepository<Pipeline, PipelineQuery> {

    @Override
    default String entity() {
        return "pipeline";
    }

    /**
     * The pipeline's deals grouped by stage and currency, in one query. Stages without deals
     * have no row.
     *
     * @param pipelineId the pipeline's id
     * @return one total per stage and currency
     */
    List<StageTotal> stageTotals(long pipelineId);
}
