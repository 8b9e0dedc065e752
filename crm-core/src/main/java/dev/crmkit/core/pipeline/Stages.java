package dev.crmkit.core.pipeline;

import dev.crmkit.core.kernel.FieldErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules for a pipeline's list of stages, shared by the create and update commands. */
final class Stages {

    static final int MAX_STAGES = 50;

    private Stages() {}

    /**
     * Checks the list and returns it numbered by list order, or {@code null} with errors recorded
     * under {@code stages}.
     */
    static List<Stage> checked(FieldErrors errors, List<Stage> stages) {
        if (stages.size() > MAX_STAGES) {
            errors.add("stages", "must not have more than " + MAX_STAGES + " stages");
        }
        Set<String> keys = new HashSet<>();
        List<Stage> numbered = new ArrayList<>(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (stage == null) {
                errors.add("stages[" + i + "]", "must not be null");
                continue;
            }
            if (!keys.add(stage.key())) {
                errors.add("stages[" + i + "].key", "duplicates the key of an earlier stage: " + stage.key());
            }
            numbered.add(stage.atPosition(i));
        }
        if (numbered.stream().noneMatch(stage -> stage.outcome() == StageOutcome.OPEN)) {
            errors.add("stages", "must include at least one OPEN stage");
        }
        return List.copyOf(numbered);
    }
}
