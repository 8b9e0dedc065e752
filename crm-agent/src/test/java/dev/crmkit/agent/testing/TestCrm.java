package dev.crmkit.agent.testing;

import dev.crmkit.core.Crm;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.jpa.JpaCrmStorage;
import java.time.Instant;

/**
 * A real CRM for agent tests: the JPA adapter over a fresh in-memory H2 database with the crmkit
 * schema, on a clock the test sets by hand. One per test class (Hibernate takes a moment to start);
 * tests make their own records with unique names and emails.
 */
public final class TestCrm implements AutoCloseable {

    private final IsolatedDatabase database;
    private final MutableClock clock;
    private final Crm crm;

    private TestCrm(IsolatedDatabase database, MutableClock clock, Crm crm) {
        this.database = database;
        this.clock = clock;
        this.crm = crm;
    }

    /** @return a CRM over an empty H2 database, its clock at {@link MutableClock#atDefaultStart()} */
    public static TestCrm open() {
        return open(MutableClock.atDefaultStart());
    }

    /**
     * A CRM whose "today" is the real one, in UTC, as the example web app's and CLI's: an agent on it
     * renders the same system prompt (which names the date) as theirs, so the build's prefix cache
     * ({@code crmkit.llama.prefix-cache}) evaluates that ~13,500-token prefix once for crm-agent's and
     * crm-examples' real-model tests.
     *
     * @return a CRM over an empty H2 database, its clock at the current instant in UTC
     */
    public static TestCrm openToday() {
        return open(new MutableClock(Instant.now()));
    }

    private static TestCrm open(MutableClock clock) {
        IsolatedDatabase database = TestDatabase.H2.open();
        CrmSchema.migrate(database.dataSource());
        Crm crm = Crm.builder()
                .storage(JpaCrmStorage.create(database.dataSource()))
                .clock(clock)
                .build();
        return new TestCrm(database, clock, crm);
    }

    public Crm crm() {
        return crm;
    }

    public MutableClock clock() {
        return clock;
    }

    @Override
    public void close() {
        crm.close();
        database.close();
    }
}
