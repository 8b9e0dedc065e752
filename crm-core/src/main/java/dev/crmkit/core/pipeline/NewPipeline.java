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

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param name the name
     * @param description the description
     * @param stages in order; empty (or {@code null}) means {@link Stage#defaults()}; positions are assigned from list order
     */
    public NewPipeline {
        FieldErrors errors = new FieldErrors();
        name = errors.requiredText("name", name, Pipeline.NAME_MAX);
        description = errors.optionalText("description", description, Pipeline.DESCRIPTION_MAX);
        stages = stages == null || stages.isEmpty() ? Stage.defaults() : Stages.checked(errors, stages);
        errors.throwIfAny();
    }

    /**
     * {@return a pipeline with the default stages}
     *
     * @param name the name, not blank
     */
    public static NewPipeline of(String name) {
        return new NewPipeline(name, null, List.of());
    }

    /**
     * This with another description.
     *
     * @param description the description, or {@code null} for none
     * @return a copy of this pipeline with the change
     */
    public NewPipeline withDescription(@Nullable String description) {
        return new NewPipeline(name, description, stages);
    }

    /**
     * This with another stages.
     *
     * @param stages the stages in order
     * @return a copy of this pipeline with the change
     */
    public NewPipeline withStages(List<Stage> stages) {
        return new NewPipeline(name, description, stages);
    }
}
