package dev.crmkit.jpa;

import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The columns of a {@code crm_pipeline_stage} row besides its key (pipeline id and stage key,
 * which the owning {@link PipelineEntity}'s map supplies). A record, so a changed stage is a new
 * value and Hibernate updates its row in place.
 */
@Embeddable
record StageValue(
        @Column(name = "name", nullable = false, length = Stage.NAME_MAX)
        String name,

        @Column(name = "position", nullable = false) int position,
        @Column(name = "probability", nullable = false) int probability,

        @Column(name = "outcome", nullable = false, length = 10)
        String outcome) {

    static StageValue of(Stage stage) {
        return new StageValue(
                stage.name(),
                stage.position(),
                stage.probability(),
                stage.outcome().name());
    }

    Stage toStage(String key) {
        return new Stage(key, name, position, probability, StageOutcome.valueOf(outcome));
    }
}
