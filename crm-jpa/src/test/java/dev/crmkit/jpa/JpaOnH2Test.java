package dev.crmkit.jpa;

import dev.crmkit.core.contract.CrmStorageContract;
import dev.crmkit.core.testing.TestDatabase;

/** The whole storage contract: the JPA adapter on H2. */
class JpaOnH2Test extends CrmStorageContract {

    JpaOnH2Test() {
        super(TestDatabase.H2, JpaCrmStorage::create);
    }
}
