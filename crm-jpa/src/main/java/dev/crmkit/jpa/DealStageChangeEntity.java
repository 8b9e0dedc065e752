package dev.crmkit.jpa;

import dev.crmkit.core.deal.DealStageChange;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code crm_deal_stage_change}. The row is never updated, so it has one instant,
 * {@code created_at}: the inherited {@code updatedAt} reads the same column.
 */
@Entity(name = DealStageChangeEntity.NAME)
@Table(name = "crm_deal_stage_change")
@AttributeOverride(
        name = "updatedAt",
        column = @Column(name = "created_at", nullable = false, insertable = false, updatable = false))
class DealStageChangeEntity extends CrmEntity<DealStageChange> {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmDealStageChange";

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    @Column(name = "from_pipeline_id")
    private @Nullable Long fromPipelineId;

    @Column(name = "from_stage", length = 40)
    private @Nullable String fromStage;

    @Column(name = "pipeline_id", nullable = false)
    private long pipelineId;

    @Column(name = "to_stage", nullable = false, length = 40)
    private String toStage = "";

    /** For Hibernate. */
    protected DealStageChangeEntity() {}

    @Override
    protected void copyFields(DealStageChange change) {
        dealId = change.dealId();
        fromPipelineId = change.fromPipelineId();
        fromStage = change.fromStage();
        pipelineId = change.pipelineId();
        toStage = change.toStage();
    }

    @Override
    DealStageChange toRecord() {
        return new DealStageChange(
                id(), dealId, fromPipelineId, fromStage, pipelineId, toStage, createdAt(), version());
    }
}
