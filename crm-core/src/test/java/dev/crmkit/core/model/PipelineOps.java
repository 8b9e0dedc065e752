package dev.crmkit.core.model;

import dev.crmkit.core.kernel.Patch;
import dev.crmkit.core.pipeline.PipelineSort;
import dev.crmkit.core.pipeline.StageOutcome;
import dev.crmkit.core.query.SortDirection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Operations on pipelines, as generated. */
final class PipelineOps {

    private PipelineOps() {}

    /** A stage as a command gives it; positions come from the list order. */
    record StageSpec(String key, String name, int probability, StageOutcome outcome) {}

    /** @param stages the stages in order, or {@code null} for the default ones */
    record Create(String name, @Nullable List<StageSpec> stages) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.createPipeline(this);
        }
    }

    /** @param stages the complete new list, or {@code null} to leave the stages unchanged */
    record Update(
            long id,
            Patch<String> name,
            @Nullable List<StageSpec> stages,
            @Nullable Long expectedVersion) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.updatePipeline(this);
        }
    }

    record Delete(long id) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.deletePipeline(this);
        }
    }

    record Find(PipelineSort sort, SortDirection direction, int limit, boolean total, int pages, int handle)
            implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return CommonOps.read(subject, subject.findPipelines(this), pages, handle);
        }
    }

    record Summarise(long id) implements Op {
        @Override
        public Object applyTo(Subject subject) {
            return subject.summarisePipeline(this);
        }
    }
}
