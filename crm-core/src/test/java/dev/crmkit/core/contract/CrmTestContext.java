package dev.crmkit.core.contract;

import dev.crmkit.core.Crm;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.RecordingListener;

/** What a contract test works with; fresh (empty storage, new clock, no events) before every test. */
public interface CrmTestContext {

    /** A CRM over the adapter under test, with {@link #clock()} and {@link #events()}. */
    Crm crm();

    /** The adapter under test. */
    CrmStorage storage();

    /** Empties the storage under test, so that what runs next starts from nothing. */
    void emptyStorage() throws Exception;

    MutableClock clock();

    /** Every event {@link #crm()} published. */
    RecordingListener events();
}
