package dev.crmkit.core.deal;

import dev.crmkit.core.kernel.CrmRecord;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a deal's stage history, written by the deal service whenever the deal enters a
 * stage: at creation (with no previous stage) and at every change of stage or pipeline.
 * Append-only: never updated; deleted with its deal.
 *
 * @param id database-issued id
 * @param dealId the deal that moved
 * @param fromPipelineId the pipeline it left; {@code null} when the deal was created
 * @param fromStage the stage key it left; {@code null} when the deal was created
 * @param pipelineId the pipeline it entered
 * @param toStage the stage key it entered
 * @param changedAt when it moved, from the {@code Crm}'s clock
 * @param version always 0: the row is never updated
 */
public record DealStageChange(
        long id,
        long dealId,
        @Nullable Long fromPipelineId,
        @Nullable String fromStage,
        long pipelineId,
        String toStage,
        Instant changedAt,
        long version)
        implements CrmRecord {

    /**
     * Checks that the required fields are there.
     *
     * @param id database-issued id
     * @param dealId the deal that moved
     * @param fromPipelineId the pipeline it left
     * @param fromStage the stage it left
     * @param pipelineId the pipeline it entered
     * @param toStage the stage it entered
     * @param changedAt when it moved
     * @param version always 0
     */
    public DealStageChange {
        Objects.requireNonNull(toStage, "toStage");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    /** {@return {@link #changedAt()}: the change is created when it happens} */
    @Override
    public Instant createdAt() {
        return changedAt;
    }

    /** {@return {@link #changedAt()}: the change is never updated} */
    @Override
    public Instant updatedAt() {
        return changedAt;
    }

    /**
     * The same deal stage change as stored under the id and version the storage issued.
     *
     * @param id the issued id
     * @param version the stored version
     * @return a copy with that id and version
     */
    public DealStageChange withIdentity(long id, long version) {
        return new DealStageChange(id, dealId, fromPipelineId, fromStage, pipelineId, toStage, changedAt, version);
    }
}
