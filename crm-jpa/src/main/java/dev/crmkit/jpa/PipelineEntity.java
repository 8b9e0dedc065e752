package dev.crmkit.jpa;

import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.Stage;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code crm_pipeline} with its {@code crm_pipeline_stage} rows. The stages are a map
 * keyed by stage key because that is the stage's identity: Hibernate then updates a kept stage's
 * row in place (a delete and re-insert would break the foreign key of the deals in it), inserts
 * new keys and deletes missing ones.
 */
@Entity(name = PipelineEntity.NAME)
@Table(name = "crm_pipeline")
@NamedEntityGraph(name = PipelineEntity.WITH_STAGES, attributeNodes = @NamedAttributeNode("stages"))
class PipelineEntity extends CrmEntity<Pipeline> {

    /** The JPQL entity name, prefixed so that it cannot clash with a host application's own entities. */
    static final String NAME = "CrmPipeline";

    /** The entity graph that loads the stages in the same statement as the pipeline. */
    static final String WITH_STAGES = "CrmPipeline.withStages";

    @Column(name = "name", nullable = false, length = Pipeline.NAME_MAX)
    private String name = "";

    @Column(name = "description", length = Pipeline.DESCRIPTION_MAX)
    private @Nullable String description;

    @ElementCollection
    @CollectionTable(name = "crm_pipeline_stage", joinColumns = @JoinColumn(name = "pipeline_id"))
    @MapKeyColumn(name = "stage_key", length = Stage.KEY_MAX)
    private Map<String, StageValue> stages = new HashMap<>();

    /** For Hibernate. */
    protected PipelineEntity() {}

    /**
     * Takes the pipeline's fields and makes the stage map exactly its stages, touching only the
     * entries that differ so that Hibernate writes only those rows.
     */
    @Override
    protected void copyFields(Pipeline pipeline) {
        name = pipeline.name();
        description = pipeline.description();
        Set<String> keys = pipeline.stages().stream().map(Stage::key).collect(Collectors.toSet());
        stages.keySet().retainAll(keys);
        for (Stage stage : pipeline.stages()) {
            StageValue value = StageValue.of(stage);
            if (!value.equals(stages.get(stage.key()))) {
                stages.put(stage.key(), value);
            }
        }
    }

    @Override
    Pipeline toRecord() {
        List<Stage> ordered = stages.entrySet().stream()
                .map(entry -> entry.getValue().toStage(entry.getKey()))
                .sorted(Comparator.comparingInt(Stage::position))
                .toList();
        return new Pipeline(id(), name, description, ordered, createdAt(), updatedAt(), version());
    }
}
