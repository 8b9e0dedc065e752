package dev.crmkit.mybatis.spring;

import dev.crmkit.core.contract.JoinedHost;
import dev.crmkit.core.contract.JoinedTransactionContract;
import dev.crmkit.core.testing.TestDatabase;
import javax.sql.DataSource;

/** Joined mode: the MyBatis adapter inside a Spring host's transactions through mybatis-spring, on H2. */
class JoinedMyBatisOnH2Test extends JoinedTransactionContract {

    JoinedMyBatisOnH2Test() {
        super(TestDatabase.H2);
    }

    @Override
    protected JoinedHost openHost(DataSource dataSource) {
        return new SpringMyBatisHost(dataSource);
    }
}
