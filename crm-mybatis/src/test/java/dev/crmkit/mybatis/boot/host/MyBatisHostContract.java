package dev.crmkit.mybatis.boot.host;

import dev.crmkit.core.contract.host.HostApplicationContract;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.mybatis.spring.SpringMyBatisCrmStorage;

/** The Boot host with crm-mybatis: the kit's host contract. */
abstract class MyBatisHostContract extends HostApplicationContract {

    @Override
    protected Class<? extends CrmStorage> joiningStorage() {
        return SpringMyBatisCrmStorage.class;
    }
}
