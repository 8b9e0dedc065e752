package dev.crmkit.agent.crm;

import dev.crmkit.agent.tool.CheckedArguments;
import dev.crmkit.agent.tool.MaxLength;
import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.pipeline.PipelineUpdate;
import dev.langchain4j.agent.tool.P;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline tools' parameters, field by field, as argument records the dispatcher expands: each
 * field's description and bound, and the crm-core command they make. The one place a pipeline field
 * is described to a model; {@link PipelineTools} holds only the tools.
 */
final class PipelineArguments {

    private PipelineArguments() {}

    /** The fields of {@code create_pipeline}, which gets the default stages. */
    record Create(
            @P("pipeline name, e.g. Sales") @MaxLength(Pipeline.NAME_MAX)
            String name,

            @P("what the pipeline is for") @FreeText @Nullable
            String description)
            implements CheckedArguments<Object> {

        /** @throws dev.crmkit.core.kernel.ValidationException as {@link #command} */
        @Override
        public void check(Object tools) {
            command();
        }

        NewPipeline command() {
            return NewPipeline.of(name).withDescription(description);
        }
    }

    /** The fields {@code update_pipeline} changes, each left as it is when not given; never the stages. */
    record Update(
            @P("new name") @MaxLength(Pipeline.NAME_MAX) Patch<String> name,
            @P("new description") @FreeText Patch<String> description)
            implements CheckedArguments<Object> {

        /** @throws dev.crmkit.core.kernel.ValidationException as {@link #update} */
        @Override
        public void check(Object tools) {
            update();
        }

        /** @return the update, without an expected version: a tool changes the record as it is now */
        PipelineUpdate update() {
            return new PipelineUpdate(name, description, Patch.unchanged(), null);
        }
    }
}
