package dev.crmkit.agent.testing;

import dev.crmkit.core.Crm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class on one {@link TestCrm}, opened before the class's first test (and before its own
 * {@code @BeforeAll}, which may use {@link #crm}) and closed after its last (after its own
 * {@code @AfterAll}). The fields are static, as JUnit's per-method test instances need; they belong
 * to the class running now, which holds because this module runs its test classes one at a time
 * ({@code junit.jupiter.execution.parallel.enabled = false} in its POM).
 */
public abstract class OnTestCrm {

    /** The running class's CRM fixture: its clock, its database. */
    protected static TestCrm testCrm;

    /** The running class's CRM. */
    protected static Crm crm;

    @BeforeAll
    static void openTestCrm() {
        testCrm = TestCrm.open();
        crm = testCrm.crm();
    }

    @AfterAll
    static void closeTestCrm() {
        testCrm.close();
    }
}
