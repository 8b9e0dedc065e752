package dev.crmkit.jpa.spring;

import dev.crmkit.core.contract.JoinedHost;
import dev.crmkit.core.contract.JoinedTransactionContract;
import dev.crmkit.core.testing.TestDatabase;
import javax.sql.DataSource;

/** Joined mode: the JPA adapter inside a Spring host's transactions, on MARIADB. */
class JoinedJpaOnMariadbTest extends JoinedTransactionContract {

    JoinedJpaOnMariadbTest() {
        super(TestDatabase.MARIADB);
    }

    @Override
    protected JoinedHost openHost(DataSource dataSource) {
        return new SpringJpaHost(dataSource);
    }
}
