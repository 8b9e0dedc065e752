package dev.crmkit.core.pipeline;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.kernel.Patch;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command to change a pipeline. A new stage list replaces the old one: stages are matched by
 * key, so a kept key keeps its deals, a new key adds a stage, and a missing key removes one
 * (refused while it holds deals).
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} naming every field that breaks
 * a rule.
 *
 * @param stages the complete new list in order, or unchanged; cannot be cleared
 * @param expectedVersion the version the caller read; when given and stale the update is refused
 */
public record PipelineUpdate(
        Patch<String> name,
        Patch<String> description,
        Patch<List<Stage>> stages,
        @Nullable Long expectedVersion) {

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param name the name
     * @param description the description
     * @param stages the complete new list in order, or unchanged; cannot be cleared
     * @param expectedVersion the version the caller read; when given and stale the update is refused
     */
    public PipelineUpdate {
        FieldErrors errors = new FieldErrors();
        name = errors.requiredText("name", Objects.requireNonNull(name), Pipeline.NAME_MAX);
        description = errors.optionalText("description", Objects.requireNonNull(description), Pipeline.DESCRIPTION_MAX);
        List<Stage> newStages = Objects.requireNonNull(stages).applyTo(null);
        if (stages.isPresent() && (newStages == null || newStages.isEmpty())) {
            errors.add("stages", "must not be empty");
        } else if (newStages != null) {
            stages = Patch.set(Stages.checked(errors, newStages));
        }
        errors.throwIfAny();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the pipeline with this update applied; id, creation time and version are kept}
     *
     * @param current the record as stored
     * @param now the operation's timestamp
     */
    public Pipeline applyTo(Pipeline current, Instant now) {
        return new Pipeline(
                current.id(),
                Objects.requireNonNull(name.applyTo(current.name())),
                description.applyTo(current.description()),
                Objects.requireNonNull(stages.applyTo(current.stages())),
                current.createdAt(),
                now,
                current.version());
    }

    /** Builds a {@link PipelineUpdate}; every field not mentioned stays unchanged. */
    public static final class Builder {
        private Patch<String> name = Patch.unchanged();
        private Patch<String> description = Patch.unchanged();
        private Patch<List<Stage>> stages = Patch.unchanged();
        private @Nullable Long expectedVersion;

        private Builder() {}

        /**
         * Sets the name; {@code null} clears it (refused for a required field).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder name(@Nullable String value) {
            name = Patch.setOrClear(value);
            return this;
        }

        /**
         * Sets the description, or clears it when {@code null}.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder description(@Nullable String value) {
            description = Patch.setOrClear(value);
            return this;
        }

        /**
         * Replaces the stage list.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder stages(List<Stage> value) {
            stages = Patch.setOrClear(value);
            return this;
        }

        /**
         * Refuses the update unless the record is still at this version.
         *
         * @param version the version the caller read
         * @return this builder
         */
        public Builder expectedVersion(long version) {
            expectedVersion = version;
            return this;
        }

        /**
         * Builds the command, checking every field.
         *
         * @return the pipeline update
         */
        public PipelineUpdate build() {
            return new PipelineUpdate(name, description, stages, expectedVersion);
        }
    }
}
