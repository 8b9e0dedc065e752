package dev.crmkit.core.contract;

import dev.crmkit.core.testing.TestDatabase;
import javax.sql.DataSource;

/** A {@link CrmTestContext} over a migrated SQL database, for checks below the API. */
public interface SqlTestContext extends CrmTestContext {

    /** The migrated database. */
    DataSource dataSource();

    TestDatabase database();
}
