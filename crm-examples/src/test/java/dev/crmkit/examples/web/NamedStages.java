package dev.crmkit.examples.web;

import dev.crmkit.core.Crm;
import dev.crmkit.core.pipeline.NewPipeline;
import dev.crmkit.core.pipeline.Stage;
import dev.crmkit.core.pipeline.StageOutcome;
import java.util.List;

/**
 * A pipeline whose stage names are not their keys capitalised (key {@code poc}, name "Proof of concept";
 * {@code won} is "Signed"), for pages that must show a stage by its name, not its key.
 */
final class NamedStages {

    private NamedStages() {}

    /** {@return the id of a new pipeline named {@code name} with the stages poc, won ("Signed") and lost} */
    static long pipeline(Crm crm, String name) {
        return crm.pipelines()
                .create(NewPipeline.of(name)
                        .withStages(List.of(
                                Stage.of("poc", "Proof of concept", 40, StageOutcome.OPEN),
                                Stage.of("won", "Signed", 100, StageOutcome.WON),
                                Stage.of("lost", "Lost", 0, StageOutcome.LOST))))
                .id();
    }
}
