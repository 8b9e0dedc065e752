package dev.crmkit.core.model;

import dev.crmkit.core.contract.ContractTest;
import dev.crmkit.core.storage.memory.InMemoryCrmStorage;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The model-based part of the kit: seeded random sequences of operations — creates, updates with
 * current and stale versions, deletes, filtered and paged queries resumed after other changes,
 * invalid input — applied through the public API to the storage under test and to crm-core's
 * in-memory reference storage, which must answer every one alike (records with logical ids,
 * pages, errors by type and field).
 *
 * <p>{@code -Dcrm.model.kit.operations} (default {@value #DEFAULT_OPERATIONS}, to keep every
 * adapter × database quick) sets the number of operations, run in sequences of {@code
 * -Dcrm.model.sequence} (default 100) over an emptied storage; {@code -Dcrm.model.seed} replays a
 * run. A failure reports the seed and a shrunk sequence that still fails. Tagged {@code model}, so
 * one adapter × database runs only this part of the kit: {@code -Dtest=JpaOnH2Test -Dgroups=model}.
 */
@Tag("model")
public abstract class ModelContract extends ContractTest {

    static final int DEFAULT_OPERATIONS = 200;

    private static final int OPERATIONS = Integer.getInteger("crm.model.kit.operations", DEFAULT_OPERATIONS);
    private static final int SEQUENCE = Integer.getInteger("crm.model.sequence", 100);

    /** crm-core's in-memory storage, fresh for every sequence. */
    static Target reference() {
        return new Target("the in-memory reference storage", start -> new CrmSubject(new InMemoryCrmStorage(), start));
    }

    @Test
    void should_answer_every_operation_as_the_in_memory_reference_does() {
        Target underTest = new Target(ctx().toString(), start -> {
            try {
                ctx().emptyStorage();
            } catch (Exception e) {
                throw new IllegalStateException("cannot empty " + ctx(), e);
            }
            return new CrmSubject(ctx().storage(), start);
        });
        Sequences.check(reference(), List.of(underTest), OPERATIONS, SEQUENCE);
    }
}
