package dev.crmkit.core.pipeline;

import dev.crmkit.core.NotFoundException;
import dev.crmkit.core.query.Page;
import java.util.List;
import java.util.Optional;

/**
 * Persists pipelines with their stages; owned by a {@link dev.crmkit.core.storage.UnitOfWork}.
 * Repositories only persist and query: the rules live in {@link PipelineService}.
 */
public interface PipelineRepository {

    /** The pipeline with its stages in position order. */
    Optional<Pipeline> findById(long id);

    /** @throws NotFoundException when there is no such pipeline */
    default Pipeline getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("pipeline", id));
    }

    boolean existsById(long id);

    /**
     * Locks the pipeline's row ({@code SELECT ... FOR UPDATE}) until the unit of work ends. The
     * services take this lock before linking a child to the pipeline and before deleting it, so
     * a delete racing a deal being created in it or moved to it either waits for it and sees the child, or
     * runs first and the link is refused: never a child pointing at a deleted pipeline. Blocks
     * while another unit of work holds the lock (up to the database's lock timeout, reported as
     * a {@link dev.crmkit.core.ConflictException}, as is a deadlock the database breaks).
     *
     * @return false when there is no such pipeline (nothing is locked)
     */
    boolean lockById(long id);

    /**
     * Inserts the pipeline and its stages. The given id and version are ignored.
     *
     * @return the pipeline as stored: the database's id, version 0
     */
    Pipeline insert(Pipeline pipeline);

    /**
     * Writes the pipeline if the stored version still equals {@code pipeline.version()}, and makes
     * its stored stages exactly {@code pipeline.stages()}: stages matched by key are updated,
     * new keys inserted, missing keys deleted.
     *
     * @return the pipeline as stored, version incremented by one
     * @throws dev.crmkit.core.ConcurrentModificationException when the stored version differs
     * @throws NotFoundException when the pipeline no longer exists
     * @throws dev.crmkit.core.ConflictException when a removed stage still holds deals
     */
    Pipeline update(Pipeline pipeline);

    /**
     * Deletes the pipeline and its stages.
     *
     * @return false when there was no such pipeline
     * @throws dev.crmkit.core.ConflictException when deals still belong to it
     */
    boolean deleteById(long id);

    /** One page of pipelines, each with its stages. */
    Page<Pipeline> find(PipelineQuery query);

    /**
     * The pipeline's deals grouped by stage and currency, in one query. Stages without deals
     * have no row.
     */
    List<StageTotal> stageTotals(long pipelineId);
}
