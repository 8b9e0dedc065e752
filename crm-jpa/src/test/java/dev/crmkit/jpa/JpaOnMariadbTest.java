package dev.crmkit.jpa;

import dev.crmkit.core.contract.CrmStorageContract;
import dev.crmkit.core.testing.TestDatabase;

/** The whole storage contract: the JPA adapter on MARIADB. */
class JpaOnMariadbTest extends CrmStorageContract {

    JpaOnMariadbTest() {
        super(TestDatabase.MARIADB, JpaCrmStorage::create);
    }
}
