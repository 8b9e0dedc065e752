package dev.crmkit.mybatis;

import dev.crmkit.core.contract.CrmStorageContract;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.mybatis.testing.HostConfigurations;

/**
 * The whole storage contract for the adapter built over a host's {@code SqlSessionFactory} whose
 * settings are far from MyBatis's defaults, on MariaDB, where a wrong timestamp handler would show.
 */
class MyBatisOverHostFactoryOnMariaDBContractTest extends CrmStorageContract {

    MyBatisOverHostFactoryOnMariaDBContractTest() {
        super(TestDatabase.MARIADB, dataSource -> MyBatisCrmStorage.create(HostConfigurations.opinionated(dataSource)));
    }
}
