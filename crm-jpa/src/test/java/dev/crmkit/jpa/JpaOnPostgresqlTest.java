package dev.crmkit.jpa;

import dev.crmkit.core.contract.CrmStorageContract;
import dev.crmkit.core.testing.TestDatabase;

/** The whole storage contract: the JPA adapter on POSTGRESQL. */
class JpaOnPostgresqlTest extends CrmStorageContract {

    JpaOnPostgresqlTest() {
        super(TestDatabase.POSTGRESQL, JpaCrmStorage::create);
    }
}
