package dev.crmkit.core.pipeline;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The command to create a pipeline.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule.
 *
 * @param stages in order; empty (or {@code null}) means {@link Stage#defaults()}; positions are
 *     assigned from list order
 */
public record NewPipeline(String name, @Nullable String description, List<Stage> stages) {

    public NewPipeline {
        FieldErrors errors = new FieldErrors();
        name = errors.requiredText("name", name, Pipeline.NAME_MAX);
        description = errors.optionalText("description", description, Pipeline.DESCRIPTION_MAX);
        stages = stages == null || stages.isEmpty() ? Stage.defaults() : Stages.checked(errors, stages);
        errors.throwIfAny();
    }

    /** A pipeline with the default stages. */
    public static NewPipeline of(String name) {
        return new NewPipeline(name, null, List.of());
    }

    public NewPipeline withDescription(@Nullable String description) {
        return new NewPipeline(name, description, stages);
    }

    public NewPipeline withStages(List<Stage> stages) {
        return new NewPipeline(name, description, stages);
    }
}
