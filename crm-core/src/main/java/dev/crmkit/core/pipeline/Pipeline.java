package dev.crmkit.core.pipeline;

import dev.crmkit.core.kernel.CrmRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A sales process: an ordered list of stages deals move through.
 *
 * @param name never blank, at most {@value #NAME_MAX} characters
 * @param description at most {@value #DESCRIPTION_MAX} characters
 * @param stages in order, positions 0..n-1, unique keys, at least one {@link StageOutcome#OPEN}
 */
public record Pipeline(
        long id,
        String name,
        @Nullable String description,
        List<Stage> stages,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements CrmRecord {

    /** Longest name, in code points. */
    public static final int NAME_MAX = 100;
    /** Longest description, in code points. */
    public static final int DESCRIPTION_MAX = 1_000;

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param id database-issued id
     * @param name never blank, at most {@value #NAME_MAX} characters
     * @param description at most {@value #DESCRIPTION_MAX} characters
     * @param stages in order, positions 0..n-1, unique keys, at least one {@link StageOutcome#OPEN}
     * @param createdAt when it was created, from the {@code Crm}'s clock
     * @param updatedAt when it was last changed, from the {@code Crm}'s clock
     * @param version incremented by every update, for optimistic locking
     */
    public Pipeline {
        Objects.requireNonNull(name, "name");
        stages = List.copyOf(stages);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * {@return this pipeline with another {@code updatedAt}; nothing else changes}
     *
     * @param updatedAt the new {@code updatedAt}
     */
    public Pipeline withUpdatedAt(Instant updatedAt) {
        return new Pipeline(id, name, description, stages, createdAt, updatedAt, version);
    }

    /**
     * {@return the stage with this key}
     *
     * @param key the key, ignoring case
     */
    public Optional<Stage> stage(String key) {
        return stages.stream().filter(stage -> stage.key().equals(key)).findFirst();
    }

    /** {@return where new deals start: the first {@link StageOutcome#OPEN} stage} */
    public Stage entryStage() {
        return stages.stream()
                .filter(stage -> stage.outcome() == StageOutcome.OPEN)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("pipeline " + id + " has no open stage"));
    }

    /** {@return the stage keys in order, joined for messages: "lead, qualified, won"} */
    public String stageKeys() {
        return stages.stream().map(Stage::key).collect(Collectors.joining(", "));
    }

    /**
     * The same pipeline as stored under the id and version the storage issued.
     *
     * @param id the issued id
     * @param version the stored version
     * @return a copy with that id and version
     */
    public Pipeline withIdentity(long id, long version) {
        return new Pipeline(
                id,
                name,
                description,
                stages.stream().sorted(Comparator.comparingInt(Stage::position)).toList(),
                createdAt,
                updatedAt,
                version);
    }
}
