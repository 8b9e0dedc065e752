package dev.crmkit.examples.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A pipeline with its stages as the API shows it, and how request bodies become pipeline commands. */
public record PipelineJson(
        long id,
        String name,
        @Nullable String description,
        List<StageJson> stages,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        long version) {

    /**
     * One stage. {@code position} is the stage's place in the list and is ignored on input: the
     * order of the list is the order of the stages.
     */
    public record StageJson(String key, String name, int position, int probability, String outcome) {

        static StageJson of(Stage stage) {
            return new StageJson(
                    stage.key(), stage.name(), stage.position(), stage.probability(), Keys.key(stage.outcome()));
        }
    }

    static final Set<String> WRITABLE = Set.of("name", "description", "stages");
    static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at", "version");

    /** How {@link PipelinesApi} reads and writes pipelines. */
    static final JsonCodec<Pipeline, PipelineJson, NewPipeline, PipelineUpdate> CODEC =
            new JsonCodec<>(PipelineJson::of, PipelineJson::create, PipelineJson::update);

    private static final Set<String> STAGE_WRITABLE = Set.of("key", "name", "probability", "outcome");
    private static final Set<String> STAGE_READ_ONLY = Set.of("position");

    static PipelineJson of(Pipeline pipeline) {
        return new PipelineJson(
                pipeline.id(),
                pipeline.name(),
                pipeline.description(),
                pipeline.stages().stream().map(StageJson::of).toList(),
                pipeline.createdAt(),
                pipeline.updatedAt(),
                pipeline.version());
    }

    /** Without {@code stages}, the pipeline gets the default ones (lead … won, lost). */
    static NewPipeline create(JsonNode body) {
        JsonInput in = JsonInput.of(body, JsonInput.Mode.FULL, WRITABLE, READ_ONLY);
        var name = in.text("name");
        var description = in.text("description");
        var stages = in.objects("stages", PipelineJson::stage);
        return in.build(
                () -> new NewPipeline(JsonInput.value(name), JsonInput.value(description), stages.applyTo(List.of())));
    }

    /** PUT needs {@code name} and {@code stages}; PATCH changes only what it names. */
    static PipelineUpdate update(JsonNode body, JsonInput.Mode mode, @Nullable String ifMatch) {
        JsonInput in = JsonInput.of(body, mode, WRITABLE, READ_ONLY);
        var name = in.text("name");
        var description = in.text("description");
        var stages = in.objects("stages", PipelineJson::stage);
        Long version = Responses.expectedVersion(ifMatch, in.version());
        return in.build(() -> new PipelineUpdate(name, description, stages, version));
    }

    private static Stage stage(JsonNode node) {
        JsonInput in = JsonInput.of(node, JsonInput.Mode.FULL, STAGE_WRITABLE, STAGE_READ_ONLY);
        var key = in.text("key");
        var name = in.text("name");
        var probability = in.integer("probability");
        var outcome = in.key("outcome", Keys::outcome);
        return in.build(() -> {
            Integer percent = JsonInput.value(probability);
            if (percent == null) {
                throw new ValidationException("probability", "is required: a whole number from 0 to 100");
            }
            StageOutcome stageOutcome = JsonInput.value(outcome);
            return Stage.of(
                    JsonInput.value(key),
                    JsonInput.value(name),
                    percent,
                    stageOutcome == null ? StageOutcome.OPEN : stageOutcome);
        });
    }
}
