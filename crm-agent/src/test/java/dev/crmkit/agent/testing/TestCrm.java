package dev.crmkit.agent.testing;

import dev.crmkit.core.Crm;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.jpa.JpaCrmStorage;

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
        IsolatedDatabase database = TestDatabase.H2.open();
        CrmSchema.migrate(database.dataSource());
        MutableClock clock = MutableClock.atDefaultStart();
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
