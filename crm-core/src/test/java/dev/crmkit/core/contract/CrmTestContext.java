package dev.crmkit.core.contract;

import dev.crmkit.core.Crm;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.RecordingListener;
import dev.crmkit.core.testing.TestDatabase;
import javax.sql.DataSource;

/** What a contract test works with; fresh (empty tables, new clock, no events) before every test. */
public interface CrmTestContext {

    /** A CRM over the adapter under test, with {@link #clock()} and {@link #events()}. */
    Crm crm();

    /** The adapter under test. */
    CrmStorage storage();

    MutableClock clock();

    /** Every event {@link #crm()} published. */
    RecordingListener events();

    /** The migrated database, for checks below the API (raw row counts). */
    DataSource dataSource();

    TestDatabase database();

    /** Builds another adapter instance over the same database, as a second application node would. */
    CrmStorage newStorage();
}
