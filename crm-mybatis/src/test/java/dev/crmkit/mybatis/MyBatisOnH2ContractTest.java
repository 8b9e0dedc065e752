package dev.crmkit.mybatis;

import dev.crmkit.core.contract.CrmStorageContract;
import dev.crmkit.core.testing.TestDatabase;

/** The whole storage contract for the MyBatis adapter on H2. */
class MyBatisOnH2ContractTest extends CrmStorageContract {

    MyBatisOnH2ContractTest() {
        super(TestDatabase.H2, MyBatisCrmStorage::create);
    }
}
