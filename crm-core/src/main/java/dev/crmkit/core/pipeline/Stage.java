package dev.crmkit.core.pipeline;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One step of a pipeline. A deal's status is the key of a stage of its pipeline.
 *
 * <p>Construction throws {@link dev.crmkit.core.kernel.ValidationException} ({@code key}, {@code name},
 * {@code probability}, {@code outcome}).
 *
 * @param key identifies the stage within its pipeline: lower case letters, digits, {@code _} and
 *     {@code -}, at most {@value #KEY_MAX} characters; cannot be renamed
 * @param name display name, at most {@value #NAME_MAX} characters
 * @param position 0-based place in the pipeline; pipelines number their stages by list order
 * @param probability chance of winning a deal in this stage, 0–100; the forecast weight
 * @param outcome whether a deal here is open, won or lost
 */
public record Stage(String key, String name, int position, int probability, StageOutcome outcome) {

    /** Longest key, in code points. */
    public static final int KEY_MAX = 40;
    /** Longest name, in code points. */
    public static final int NAME_MAX = 100;

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /**
     * Checks the fields; see the class comment for the rules.
     *
     * @param key identifies the stage within its pipeline: lower case letters, digits, {@code _} and {@code -}, at most {@value #KEY_MAX} characters; cannot be renamed
     * @param name display name, at most {@value #NAME_MAX} characters
     * @param position 0-based place in the pipeline; pipelines number their stages by list order
     * @param probability chance of winning a deal in this stage, 0–100; the forecast weight
     * @param outcome whether a deal here is open, won or lost
     */
    public Stage {
        FieldErrors errors = new FieldErrors();
        key = errors.requiredText("key", key == null ? null : key.toLowerCase(Locale.ROOT), KEY_MAX);
        if (key != null && !KEY.matcher(key).matches()) {
            errors.add("key", "must start with a letter or digit and contain only a-z, 0-9, _ and -");
        }
        name = errors.requiredText("name", name, NAME_MAX);
        errors.check(position >= 0, "position", "must not be negative");
        errors.check(probability >= 0 && probability <= 100, "probability", "must be between 0 and 100");
        errors.check(outcome != null, "outcome", "must be OPEN, WON or LOST");
        errors.throwIfAny();
    }

    /**
     * {@return a stage whose position its pipeline assigns from list order}
     *
     * @param key the key, ignoring case
     * @param name the name, not blank
     * @param probability the probability
     * @param outcome the outcome, or {@code null} for any
     */
    public static Stage of(String key, String name, int probability, StageOutcome outcome) {
        return new Stage(key, name, 0, probability, outcome);
    }

    /**
     * The stages a pipeline gets when none are given: the deal statuses of the original
     * specification, lead → qualified → proposal → negotiation → won / lost.
     *
     * @return the six default stages, in order
     */
    public static List<Stage> defaults() {
        return List.of(
                new Stage("lead", "Lead", 0, 10, StageOutcome.OPEN),
                new Stage("qualified", "Qualified", 1, 25, StageOutcome.OPEN),
                new Stage("proposal", "Proposal", 2, 50, StageOutcome.OPEN),
                new Stage("negotiation", "Negotiation", 3, 75, StageOutcome.OPEN),
                new Stage("won", "Won", 4, 100, StageOutcome.WON),
                new Stage("lost", "Lost", 5, 0, StageOutcome.LOST));
    }

    Stage atPosition(int newPosition) {
        return newPosition == position ? this : new Stage(key, name, newPosition, probability, outcome);
    }
}
