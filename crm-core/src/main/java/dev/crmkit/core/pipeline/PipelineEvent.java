package dev.crmkit.core.pipeline;

import dev.crmkit.core.event.CrmEvent;
import java.time.Instant;

/** An event about a pipeline. */
public sealed interface PipelineEvent extends CrmEvent {

    /** {@return the id of the pipeline concerned} */
    long pipelineId();

    @Override
    default String entity() {
        return "pipeline";
    }

    @Override
    default long entityId() {
        return pipelineId();
    }

    /** A pipeline was created. */
    record Created(Pipeline pipeline, Instant occurredAt) implements PipelineEvent {
        @Override
        public long pipelineId() {
            return pipeline.id();
        }
    }

    /** A pipeline or its stages changed. */
    record Updated(Pipeline before, Pipeline after, Instant occurredAt) implements PipelineEvent {
        @Override
        public long pipelineId() {
            return after.id();
        }
    }

    /** A pipeline was deleted. */
    record Deleted(long pipelineId, Instant occurredAt) implements PipelineEvent {}
}
