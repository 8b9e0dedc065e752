package dev.crmkit.mybatis;

import dev.crmkit.core.contract.CrmStorageContract;
import dev.crmkit.core.testing.TestDatabase;

/** The whole storage contract for the MyBatis adapter on PostgreSQL. */
class MyBatisOnPostgreSQLContractTest extends CrmStorageContract {

    MyBatisOnPostgreSQLContractTest() {
        super(TestDatabase.POSTGRESQL, MyBatisCrmStorage::create);
    }
}
