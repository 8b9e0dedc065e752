package dev.crmkit.mybatis;

import dev.crmkit.core.contract.CrmStorageContract;
import dev.crmkit.core.testing.TestDatabase;

/** The whole storage contract for the MyBatis adapter on MariaDB. */
class MyBatisOnMariaDBContractTest extends CrmStorageContract {

    MyBatisOnMariaDBContractTest() {
        super(TestDatabase.MARIADB, MyBatisCrmStorage::create);
    }
}
