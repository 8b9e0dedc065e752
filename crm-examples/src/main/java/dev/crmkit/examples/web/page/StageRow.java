package dev.crmkit.examples.web.page;

import dev.crmkit.core.kernel.FieldErrors;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One row of the stage editor as posted, text as typed. A row with an empty key is a new stage whose
 * key is derived from its name ({@code "Proof of concept"} → {@code proof-of-concept}).
 *
 * @param existing whether the stage is stored already (its key cannot change)
 * @param remove whether the person ticked the row for removal
 */
record StageRow(
        String key, String name, String probability, String outcome, String order, boolean existing, boolean remove) {

    static StageRow of(Stage stage) {
        return new StageRow(
                stage.key(),
                stage.name(),
                Integer.toString(stage.probability()),
                stage.outcome().name(),
                Integer.toString(stage.position() + 1),
                true,
                false);
    }

    /** An empty row for adding a stage. */
    static StageRow blank(int order) {
        return new StageRow("", "", "", StageOutcome.OPEN.name(), Integer.toString(order), false, false);
    }

    boolean isBlank() {
        return !existing && key.isBlank() && name.isBlank() && probability.isBlank();
    }

    /** {@return the place the person asked for; rows without a number go last} */
    int place() {
        try {
            return Integer.parseInt(order.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** {@return the stage, or {@code null} with its errors recorded under {@code prefix}} */
    @Nullable
    Stage toStage(FieldErrors errors, String prefix) {
        Integer percent = null;
        try {
            percent = Integer.parseInt(probability.strip());
        } catch (NumberFormatException e) {
            errors.add(prefix + "probability", "must be a whole number between 0 and 100");
        }
        StageOutcome chosen = null;
        for (StageOutcome value : StageOutcome.values()) {
            if (value.name().equalsIgnoreCase(outcome.strip())) {
                chosen = value;
            }
        }
        String stageKey = key.isBlank() ? slug(name) : key.strip();
        int value = percent == null ? 0 : percent;
        StageOutcome picked = chosen;
        return errors.collect(prefix, () -> Stage.of(stageKey, name, value, picked));
    }

    private static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > Stage.KEY_MAX ? slug.substring(0, Stage.KEY_MAX) : slug;
    }
}
