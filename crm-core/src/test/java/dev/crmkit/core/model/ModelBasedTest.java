package dev.crmkit.core.model;

import dev.crmkit.core.storage.memory.InMemoryCrmStorage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference itself checked: crm-core's in-memory storage, driven through the public API, must
 * answer every operation of seeded random sequences as the small hand-written model of the rules
 * ({@link ModelCrm}) does. The kit's {@link ModelContract} then holds every adapter × database to
 * the in-memory storage.
 *
 * <p>{@code -Dcrm.model.operations} (default 1000) sets the number of operations, in sequences of
 * {@code -Dcrm.model.sequence} (default 500); {@code -Dcrm.model.seed} replays a run.
 */
class ModelBasedTest {

    private static final int OPERATIONS = Integer.getInteger("crm.model.operations", 1_000);
    private static final int SEQUENCE = Integer.getInteger("crm.model.sequence", 500);

    @Test
    void should_answer_every_operation_as_the_hand_written_model_does() {
        Target model = new Target("the hand-written model", ModelCrm::new);
        Target inMemory = new Target("the in-memory storage", start -> new CrmSubject(new InMemoryCrmStorage(), start));
        Sequences.check(model, List.of(inMemory), OPERATIONS, SEQUENCE);
    }
}
