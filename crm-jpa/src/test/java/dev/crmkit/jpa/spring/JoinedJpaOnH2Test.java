package dev.crmkit.jpa.spring;

import dev.crmkit.core.contract.JoinedHost;
import dev.crmkit.core.contract.JoinedTransactionContract;
import dev.crmkit.core.testing.TestDatabase;
import javax.sql.DataSource;

/** Joined mode: the JPA adapter inside a Spring host's transactions, on H2. */
class JoinedJpaOnH2Test extends JoinedTransactionContract {

    JoinedJpaOnH2Test() {
        super(TestDatabase.H2);
    }

    @Override
    protected JoinedHost openHost(DataSource dataSource) {
        return new SpringJpaHost(dataSource);
    }
}
